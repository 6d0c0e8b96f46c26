package org.kissdetect.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchArgumentsTest {

    @Test
    void numbersGoByPositionAndOptionsByName() {
        BenchArguments parsed = BenchArguments.parse(List.of("600", "source=x264", "720"), "model", "source");

        assertThat(parsed.positional(0, 10, "seconds")).isEqualTo(600);
        assertThat(parsed.positional(1, 1080, "height")).isEqualTo(720);
        assertThat(parsed.positional(2, 5, "runs")).isEqualTo(5);
        assertThat(parsed.option("source")).contains("x264");
        assertThat(parsed.option("model")).isEmpty();
    }

    @Test
    void whatIsNotUnderstoodIsBadInputSayingWhy() {
        assertThatThrownBy(() -> BenchArguments.parse(List.of("threads=2"), "model"))
                .isInstanceOf(BenchFailure.class).hasMessage("unknown option 'threads'; known: model")
                .extracting(e -> ((BenchFailure) e).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        BenchArguments parsed = BenchArguments.parse(List.of("soon", "0"));
        assertThatThrownBy(() -> parsed.positional(0, 1, "seconds")).hasMessage("'soon' is not a number of seconds");
        assertThatThrownBy(() -> parsed.positional(1, 1, "runs")).hasMessage("runs must be at least 1, got 0");
    }
}
