package io.github.tenken.cli.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a plan file into a {@link Plan}. Unknown fields, duplicate keys and values of the wrong type are rejected
 * with a one-line {@link PlanException} naming the field: {@code plan.json: datasets.training.colums: unknown field;
 * known fields are path, delimiter, ...}. JSON has no comments: a field whose name starts with {@code _} (such as the
 * {@code "_help"} and {@code "_text"} that {@code tenken init} writes) is a comment and is ignored wherever it is.
 */
public final class PlanReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addHandler(new CommentFields())
            .build();

    private PlanReader() {
    }

    /**
     * Reads a plan.
     *
     * @param file the plan file
     * @param name the plan as messages name it (usually the path the user typed)
     * @throws PlanException when the file cannot be read or is not a valid plan
     */
    /**
     * The plan's {@code timeZone}, or empty when it names none; a zone Java cannot read is a plan error naming the
     * field.
     */
    public static java.util.Optional<java.time.ZoneId> timeZone(Plan plan, String name) {
        if (plan.timeZone() == null || plan.timeZone().isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.ZoneId.of(plan.timeZone().trim()));
        } catch (java.time.DateTimeException e) {
            throw new PlanException(name, "timeZone", "\"" + plan.timeZone() + "\" is not a time zone; use a region"
                    + " such as Asia/Tokyo or an offset such as +09:00");
        }
    }

    public static Plan read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new PlanException(name, "", Files.exists(file) ? "not a file" : "file not found");
        }
        try {
            Plan plan = MAPPER.readValue(file.toFile(), Plan.class);
            if (plan == null) {
                throw new PlanException(name, "", "the plan is empty; expected a JSON object");
            }
            return plan;
        } catch (UnrecognizedPropertyException e) {
            throw new PlanException(name, path(e), "unknown field; known fields are "
                    + known(e.getReferringClass(), e.getKnownPropertyIds()));
        } catch (InvalidFormatException e) {
            throw new PlanException(name, path(e), "\"" + e.getValue() + "\" is not " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String where = path(e);
            if (where.isEmpty()) {
                throw new PlanException(name, "", "expected a JSON object with the plan's fields");
            }
            throw new PlanException(name, where, "expected " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new PlanException(name, path(e), firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PlanException(name, "", (place.isEmpty() ? "" : place + ": ") + "not valid JSON: "
                    + firstLine(e.getOriginalMessage()));
        } catch (NoSuchFileException e) {
            throw new PlanException(name, "", "file not found");
        } catch (IOException e) {
            throw new PlanException(name, "", "cannot read the plan: " + e.getMessage());
        }
    }

    /**
     * The items of the answers left unfilled ({@code "answer": ""}, as {@code tenken init} writes them), which count
     * as not given.
     */
    public static List<String> unfilledAnswers(Plan plan) {
        if (plan.answers() == null) {
            return List.of();
        }
        return plan.answers().stream().filter(AnswersParser::isUnfilled).map(a -> a.item().trim()).toList();
    }

    /** Skips the fields whose name starts with {@code _}: the plan's comments. */
    private static final class CommentFields extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String name)
                throws IOException {
            if (name.startsWith("_")) {
                p.skipChildren();
                return true;
            }
            return false;
        }
    }

    private static String path(JsonMappingException e) {
        String p = "";
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                p = FieldPath.field(p, r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p = FieldPath.index(p, r.getIndex());
            }
        }
        return p;
    }

    /** The known fields in the order the plan's record declares them (Jackson's own order is a hash order). */
    private static String known(Class<?> type, Collection<Object> ids) {
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** How a JSON value of the target type is named in a message. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object {...}";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
