package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.classify.internal.model.DeviceChoice;

class BenchOptionsTest {

    @Test
    void readsEachSetting() {
        assertThat(BenchOptions.parse(List.of("samples=32", "threads=2", "device=cpu")))
                .isEqualTo(new BenchOptions(32, 2, DeviceChoice.CPU));
        assertThat(BenchOptions.parse(List.of()).samples()).isEqualTo(32);
    }

    @Test
    void anythingElseIsRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--samples", "8")))
                .hasMessage("unknown argument '--samples'; expected samples=N, threads=N or device=auto|cpu|gpu");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("samples=0")))
                .hasMessage("samples needs a positive whole number, got '0'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("device=tpu"))).hasMessageContaining("'tpu'");
    }
}
