package io.github.tenken.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The serializers that keep Tenken's JSON valid and dependency-light: non-finite numbers as strings, {@link Instant},
 * {@link Duration} and {@link java.time.LocalDate} (an answer's date) as ISO-8601 strings (no jsr310 module needed), internal characteristics by their code.
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
        module.addSerializer(java.time.LocalDate.class, new ToStringSerializer<>(java.time.LocalDate.class));
        module.addSerializer(InternalCharacteristic.class, new CharacteristicSerializer());
        module.addSerializer(Message.class, new MessageSerializer());
        module.addSerializer(Arg.class, new ArgSerializer());
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

    /** Writes a value's ISO-8601 {@code toString()}: {@code 2024-05-01T10:15:30Z}, {@code PT1.5S}, {@code 2024-05-01}. */
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

    /**
     * Writes a message as {@code {"key": ..., "args": [...], "text": "..."}}: the key and typed arguments for
     * programs, and the English text for a person reading the file.
     */
    static final class MessageSerializer extends StdSerializer<Message> {
        MessageSerializer() {
            super(Message.class);
        }

        @Override
        public void serialize(Message value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("key", value.key());
            gen.writeArrayFieldStart("args");
            for (Arg a : value.args()) {
                provider.defaultSerializeValue(a, gen);
            }
            gen.writeEndArray();
            gen.writeStringField("text", MessageCatalog.of(Language.EN).render(value));
            gen.writeEndObject();
        }
    }

    /** Writes a typed argument as a one-field object: {@code {"count": 5}}, {@code {"share": 0.24}}, ... */
    static final class ArgSerializer extends StdSerializer<Arg> {
        ArgSerializer() {
            super(Arg.class);
        }

        @Override
        public void serialize(Arg value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            if (value instanceof Arg.Count c) {
                gen.writeNumberField("count", c.value());
            } else if (value instanceof Arg.Share sh) {
                gen.writeFieldName("share");
                provider.defaultSerializeValue(sh.value(), gen);
            } else if (value instanceof Arg.Num n) {
                gen.writeFieldName("number");
                provider.defaultSerializeValue(n.value(), gen);
            } else if (value instanceof Arg.Text t) {
                gen.writeStringField("text", t.value());
            } else if (value instanceof Arg.Nested m) {
                gen.writeFieldName("message");
                provider.defaultSerializeValue(m.message(), gen);
            } else {
                gen.writeArrayFieldStart("list");
                for (Arg a : ((Arg.Join) value).items()) {
                    provider.defaultSerializeValue(a, gen);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }
}
