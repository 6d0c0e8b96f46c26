package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProbabilityReaderTest {

    @Test
    void readsOneNumberPerLineSkippingCommentsAndTrailingBlankLines() {
        float[] p = ProbabilityReader.parse("# scores\n0.5\n 1 \n0\r\n\n\n", "f");

        assertThat(p).containsExactly(0.5f, 1f, 0f);
    }

    @Test
    void aBlankLineInsideTheListIsBadInputBecauseItWouldShiftEveryLaterSecond() {
        assertThatThrownBy(() -> ProbabilityReader.parse("0.5\n\n1\n", "f"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessageContaining("f line 2 is blank");
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        byte[] text = "\uFEFF0.25\n1\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ProbabilityReader.read(new ByteArrayInputStream(text), "f")).containsExactly(0.25f, 1f);
        assertThat(ProbabilityReader.parse("\uFEFF[0.5]", "f")).containsExactly(0.5f);
    }

    @Test
    void binaryInputIsRefusedFromItsFirstBytesWithoutEchoingIt() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertThatThrownBy(() -> ProbabilityReader.read(zeros, "/dev/zero"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessageStartingWith("/dev/zero is binary data, not text");
        byte[] notUtf8 = {'0', '\n', (byte) 0xff, (byte) 0xd8, (byte) 0xe0, '\n'};
        assertThatThrownBy(() -> ProbabilityReader.read(new ByteArrayInputStream(notUtf8), "movie.jpg"))
                .hasMessageStartingWith("movie.jpg is not UTF-8 text");
    }

    @Test
    void endlessTextIsRefusedWithoutHoldingIt() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '1';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) '1');
                return len;
            }
        };
        assertThatThrownBy(() -> ProbabilityReader.read(endless, "stdin")).hasMessageContaining("is larger than");
    }

    @Test
    void aLineThatIsNotANumberIsShownPrintableAndShort() {
        assertThatThrownBy(() -> ProbabilityReader.parse("\u001b[2J" + "x".repeat(100) + "\n", "f"))
                .hasMessage("f line 1: '\\u001b[2J" + "x".repeat(36) + "...' is not a number");
    }

    @Test
    void readsAJsonArray() {
        assertThat(ProbabilityReader.parse("  [0.25, 1, 0]\n", "f")).containsExactly(0.25f, 1f, 0f);
    }

    @Test
    void emptyInputIsAFilmOfNoSeconds() {
        assertThat(ProbabilityReader.parse("", "f")).isEmpty();
        assertThat(ProbabilityReader.parse("[]", "f")).isEmpty();
    }

    @Test
    void aWordIsBadInputNamingTheLine() {
        assertThatThrownBy(() -> ProbabilityReader.parse("0.1\n0.2\nhigh\n", "scores.txt"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessage("scores.txt line 3: 'high' is not a number");
    }

    @Test
    void aJsonElementThatIsNotANumberIsBadInputNamingIt() {
        assertThatThrownBy(() -> ProbabilityReader.parse("[0.1, \"x\"]", "stdin"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessageContaining("element 1");
    }

    @Test
    void brokenJsonIsBadInput() {
        assertThatThrownBy(() -> ProbabilityReader.parse("[0.1, ", "stdin")).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> ProbabilityReader.parse("[{\"a\":1}", "stdin")).isInstanceOf(CommandFailure.class);
    }
}
