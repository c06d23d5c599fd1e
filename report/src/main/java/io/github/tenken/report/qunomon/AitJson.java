package io.github.tenken.report.qunomon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * The JSON of the Qunomon files: objects keep the order their fields were put in (the test bed's own order), two-space
 * indentation, {@code \n} line ends, non-ASCII text (the quality-dimension URI) written as UTF-8, not escaped.
 */
final class AitJson {

    private static final ObjectWriter WRITER = writer();

    private AitJson() {
    }

    /** A new, empty object. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The object as text, ending with a line break. */
    static String text(ObjectNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write Qunomon JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder().build().writer(printer);
    }
}
