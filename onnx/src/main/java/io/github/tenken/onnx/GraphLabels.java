package io.github.tenken.onnx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The class labels an ONNX graph names, read from its bytes: ONNX Runtime's Java API does not give node attributes,
 * and a ZipMap's output map (a {@code HashMap}) has lost their order. The labels are the {@code classlabels_strings}
 * or {@code classlabels_int64s} of the last {@code ZipMap} node, else of the last {@code ai.onnx.ml} classifier node
 * ({@code LinearClassifier}, {@code TreeEnsembleClassifier}, {@code SVMClassifier} ...): the order in which the
 * exporter wrote the probabilities.
 *
 * <p>A small reader of the protobuf wire format suffices: only {@code ModelProto.graph} (field 7),
 * {@code GraphProto.node} (1), {@code NodeProto.op_type} (4) and {@code attribute} (5), and
 * {@code AttributeProto.name} (1), {@code ints} (8) and {@code strings} (9) are read; everything else is skipped.
 */
final class GraphLabels {

    private GraphLabels() {
    }

    /** The labels in the graph's order; empty when no node names classes (a regressor, or a bare network). */
    static Optional<List<String>> read(byte[] model) {
        List<String> zipMap = null;
        List<String> classifier = null;
        Wire graph = field(new Wire(model, 0, model.length), 7);
        if (graph == null) {
            throw new IllegalArgumentException("it holds no graph");
        }
        for (Wire w = graph; w.more(); ) {
            int tag = w.tag();
            if (tag >>> 3 == 1 && (tag & 7) == 2) {
                Wire node = w.message();
                String op = "";
                List<String> labels = null;
                while (node.more()) {
                    int t = node.tag();
                    if (t >>> 3 == 4 && (t & 7) == 2) {
                        op = node.text();
                    } else if (t >>> 3 == 5 && (t & 7) == 2) {
                        List<String> found = labels(node.message());
                        labels = found != null ? found : labels;
                    } else {
                        node.skip(t);
                    }
                }
                if (labels != null && op.equals("ZipMap")) {
                    zipMap = labels;
                } else if (labels != null && op.endsWith("Classifier")) {
                    classifier = labels;
                }
            } else {
                w.skip(tag);
            }
        }
        return Optional.ofNullable(zipMap != null ? zipMap : classifier);
    }

    /** The values of a {@code classlabels_strings} or {@code classlabels_int64s} attribute; null for another. */
    private static List<String> labels(Wire attribute) {
        String name = "";
        List<String> strings = new ArrayList<>();
        List<String> ints = new ArrayList<>();
        while (attribute.more()) {
            int t = attribute.tag();
            int field = t >>> 3;
            if (field == 1 && (t & 7) == 2) {
                name = attribute.text();
            } else if (field == 9 && (t & 7) == 2) {
                strings.add(attribute.text());
            } else if (field == 8 && (t & 7) == 0) {
                ints.add(Long.toString(attribute.varint()));
            } else if (field == 8 && (t & 7) == 2) {
                for (Wire packed = attribute.message(); packed.more(); ) {
                    ints.add(Long.toString(packed.varint()));
                }
            } else {
                attribute.skip(t);
            }
        }
        return switch (name) {
            case "classlabels_strings" -> strings;
            case "classlabels_int64s" -> ints;
            default -> null;
        };
    }

    /** The last length-delimited field {@code number} of a message, as its own reader; null when absent. */
    private static Wire field(Wire w, int number) {
        Wire found = null;
        while (w.more()) {
            int tag = w.tag();
            if (tag >>> 3 == number && (tag & 7) == 2) {
                found = w.message();
            } else {
                w.skip(tag);
            }
        }
        return found;
    }

    /** A cursor over the bytes of one protobuf message; a truncated or malformed message is an error. */
    private static final class Wire {
        private final byte[] bytes;
        private final int end;
        private int at;

        Wire(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        int tag() {
            long tag = varint();
            if (tag >>> 3 == 0 || tag > Integer.MAX_VALUE) {
                throw malformed();
            }
            return (int) tag;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= end) {
                    throw malformed();
                }
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw malformed();
        }

        Wire message() {
            long length = varint();
            if (length < 0 || length > end - at) {
                throw malformed();
            }
            Wire inner = new Wire(bytes, at, at + (int) length);
            at += (int) length;
            return inner;
        }

        String text() {
            Wire w = message();
            return new String(bytes, w.at, w.end - w.at, StandardCharsets.UTF_8);
        }

        void skip(int tag) {
            switch (tag & 7) {
                case 0 -> varint();
                case 1 -> advance(8);
                case 2 -> message();
                case 5 -> advance(4);
                default -> throw malformed();
            }
        }

        private void advance(int n) {
            if (end - at < n) {
                throw malformed();
            }
            at += n;
        }

        private IllegalArgumentException malformed() {
            return new IllegalArgumentException("its bytes are not a well-formed protobuf message at byte " + at);
        }
    }
}
