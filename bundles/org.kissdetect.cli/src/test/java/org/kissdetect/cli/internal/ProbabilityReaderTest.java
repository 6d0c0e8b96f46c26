package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProbabilityReaderTest {

    @Test
    void readsOneNumberPerLineSkippingBlanksAndComments() {
        float[] p = ProbabilityReader.parse("# scores\n0.5\n\n 1 \n0\r\n", "f");

        assertThat(p).containsExactly(0.5f, 1f, 0f);
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
