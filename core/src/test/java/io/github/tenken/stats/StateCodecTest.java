package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The framing every analyzer state is shipped in: a magic number, the format version, the content, nothing more. */
class StateCodecTest {

    private final StateCodec<long[]> codec = RowCounter.COUNT_CODEC;

    @Test
    void aStateIsFramedWithMagicAndVersion() {
        byte[] bytes = codec.toBytes(new long[]{42});
        ByteBuffer b = ByteBuffer.wrap(bytes);
        assertThat(b.getInt()).isEqualTo(0x544B5354);            // "TKST"
        assertThat(b.getInt()).isEqualTo(codec.version());
        assertThat(b.getLong()).isEqualTo(42);
        assertThat(b.hasRemaining()).isFalse();
        assertThat(codec.fromBytes(bytes)).containsExactly(42);
    }

    @Test
    void bytesOfAnotherKindOrVersionOrLengthAreRefusedClearly() {
        byte[] good = codec.toBytes(new long[]{7});
        byte[] notAState = good.clone();
        notAState[0] = 'X';
        assertThatThrownBy(() -> codec.fromBytes(notAState)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a Tenken analyzer state (magic ");
        byte[] otherVersion = good.clone();
        otherVersion[7] = 99;
        assertThatThrownBy(() -> codec.fromBytes(otherVersion)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("analyzer state of format version 99; this Tenken reads version 1 (the same Tenken "
                        + "version must run on every node)");
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> codec.fromBytes(longer)).hasMessage("analyzer state has bytes after its end");
        byte[] shorter = Arrays.copyOf(good, good.length - 1);
        assertThatThrownBy(() -> codec.fromBytes(shorter)).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void aNumericSummaryOfTheFormerFormatIsRefused() {
        // version 2 sums the squares of very small and very large values apart; a version-1 state cannot be read
        NumericSummary a = new NumericSummary("x");
        byte[] bytes = a.codec().toBytes(a.newState());
        assertThat(ByteBuffer.wrap(bytes, 4, 4).getInt()).isEqualTo(2);
        bytes[7] = 1;
        assertThatThrownBy(() -> a.codec().fromBytes(bytes)).hasMessageContaining("format version 1");
    }
}
