package io.github.tenken.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.tenken.guideline.InternalCharacteristic;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The serializers that keep Tenken's JSON valid and dependency-light: non-finite numbers as strings, {@link Instant}
 * and {@link Duration} as ISO-8601 strings (no jsr310 module needed), internal characteristics by their code.
 */
final class JsonSerializers {

    private JsonSerializers() {
    }

    /** A module with every serializer registered. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tenken-report");
        module.addSerializer(Double.class, new NumberSerializer<>(Double.class));
        module.addSerializer(Double.TYPE, new NumberSerializer<>(Double.class));
        module.addSerializer(Float.class, new NumberSerializer<>(Float.class));
        module.addSerializer(Float.TYPE, new NumberSerializer<>(Float.class));
        module.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class));
        module.addSerializer(Duration.class, new ToStringSerializer<>(Duration.class));
        module.addSerializer(InternalCharacteristic.class, new CharacteristicSerializer());
        return module;
    }

    /**
     * Writes a finite floating-point number as a JSON number and NaN or an infinity as the string {@code "NaN"},
     * {@code "Infinity"} or {@code "-Infinity"}, since JSON has no literal for them.
     */
    static final class NumberSerializer<T extends Number> extends StdSerializer<T> {
        NumberSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value.doubleValue();
            if (Double.isNaN(v)) {
                gen.writeString("NaN");
            } else if (Double.isInfinite(v)) {
                gen.writeString(v > 0 ? "Infinity" : "-Infinity");
            } else if (value instanceof Float f) {
                gen.writeNumber(f);
            } else {
                gen.writeNumber(v);
            }
        }
    }

    /** Writes a value's ISO-8601 {@code toString()}: {@code 2024-05-01T10:15:30Z}, {@code PT1.5S}. */
    static final class ToStringSerializer<T> extends StdSerializer<T> {
        ToStringSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Writes an internal characteristic as the guideline's code, e.g. {@code "B-3"}. */
    static final class CharacteristicSerializer extends StdSerializer<InternalCharacteristic> {
        CharacteristicSerializer() {
            super(InternalCharacteristic.class);
        }

        @Override
        public void serialize(InternalCharacteristic value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(value.code());
        }
    }
}
