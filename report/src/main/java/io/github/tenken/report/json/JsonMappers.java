package io.github.tenken.report.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tenken.check.Provenance;
import io.github.tenken.result.AssessmentResult;

/**
 * Builds the configured Jackson writers: records field by field (their components, nothing derived), maps sorted by
 * key, two-space indentation with {@code \n} line ends on every platform.
 */
final class JsonMappers {

    private static final ObjectWriter WITH_TIMINGS = writer(true);
    private static final ObjectWriter WITHOUT_TIMINGS = writer(false);

    private JsonMappers() {
    }

    /** The writer for these options. */
    static ObjectWriter writer(JsonOptions options) {
        return options.includeTimings() ? WITH_TIMINGS : WITHOUT_TIMINGS;
    }

    private static ObjectWriter writer(boolean includeTimings) {
        JsonMapper.Builder builder = JsonMapper.builder()
                // Record components are private final fields; derived accessors (isJudged(), achievedLabel(), ...)
                // are not data and must not appear, so only fields are serialised.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(JsonSerializers.module());
        if (!includeTimings) {
            builder.addMixIn(AssessmentResult.class, WithoutTimings.class)
                    .addMixIn(Provenance.class, WithoutTimings.class);
        }
        ObjectMapper mapper = builder.build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer(printer);
    }

    /** Mix-in that drops the wall-clock fields. */
    @JsonIgnoreProperties({"startedAt", "duration"})
    private abstract static class WithoutTimings {
    }
}
