package io.github.tenken.onnx;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The protobuf reader of class labels, on messages built byte by byte here. */
class GraphLabelsTest {

    private static byte[] varint(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return out.toByteArray();
    }

    private static byte[] field(int number, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(varint(number << 3 | 2));
        out.writeBytes(varint(body.length));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] text(int number, String s) {
        return field(number, s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] model(byte[]... nodes) {
        byte[] irVersion = {8, 8};                                      // field 1, varint 8
        return concat(irVersion, field(7, concat(text(2, "g"), field(1, concat(nodes)))));
    }

    @Test
    void packedInt64LabelsOfAZipMapAreRead() {
        byte[] packed = concat(varint(3), varint(-1L), varint(7));
        byte[] zipMap = concat(text(4, "ZipMap"), field(5, concat(text(1, "classlabels_int64s"), field(8, packed))));
        assertThat(GraphLabels.read(model(zipMap))).contains(List.of("3", "-1", "7"));
    }

    @Test
    void theZipMapsLabelsWinOverAClassifiersAndOtherAttributesAreSkipped() {
        byte[] classifier = concat(text(4, "LinearClassifier"), field(5, concat(text(1, "classlabels_strings"),
                text(9, "x"), text(9, "y"))), field(5, concat(text(1, "post_transform"), text(4, "SOFTMAX"))));
        byte[] zipMap = concat(text(4, "ZipMap"), field(5, concat(text(1, "classlabels_strings"), text(9, "b"),
                text(9, "a"))));
        assertThat(GraphLabels.read(model(classifier, zipMap))).contains(List.of("b", "a"));
        assertThat(GraphLabels.read(model(classifier))).contains(List.of("x", "y"));
        assertThat(GraphLabels.read(model(concat(text(4, "Softmax"))))).isEqualTo(Optional.empty());
    }

    @Test
    void aTruncatedMessageIsAnError() {
        byte[] bytes = model(concat(text(4, "ZipMap")));
        assertThatThrownBy(() -> GraphLabels.read(java.util.Arrays.copyOf(bytes, bytes.length - 3)))
                .hasMessageStartingWith("its bytes are not a well-formed protobuf message at byte ");
        assertThatThrownBy(() -> GraphLabels.read(new byte[] {8, 8})).hasMessage("it holds no graph");
    }
}
