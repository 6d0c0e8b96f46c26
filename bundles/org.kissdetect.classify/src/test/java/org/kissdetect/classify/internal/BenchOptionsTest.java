package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.classify.internal.model.DeviceChoice;

class BenchOptionsTest {

    @Test
    void readsEachSetting() {
        assertThat(BenchOptions.parse(List.of("threads=2", "device=cpu")))
                .isEqualTo(new BenchOptions(2, DeviceChoice.CPU));
        assertThat(BenchOptions.parse(List.of()).device()).isEqualTo(DeviceChoice.AUTO);
        assertThat(BenchOptions.parse(List.of()).threads()).isPositive();
    }

    @Test
    void anythingElseIsRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--threads", "8")))
                .hasMessage("unknown argument '--threads'; expected threads=N or device=auto|cpu|gpu");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("samples=32")))
                .hasMessageStartingWith("unknown argument 'samples=32'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("threads=0")))
                .hasMessage("threads needs a positive whole number, got '0'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("device=tpu"))).hasMessageContaining("'tpu'");
    }
}
