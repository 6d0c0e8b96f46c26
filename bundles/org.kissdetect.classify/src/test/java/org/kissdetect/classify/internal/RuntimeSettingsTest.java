package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kissdetect.classify.internal.model.DeviceChoice;

class RuntimeSettingsTest {

    @Test
    void automaticThreadsAreEveryCore() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(RuntimeSettings.of("pid", "auto", 0, 16))
                .isEqualTo(new RuntimeSettings(DeviceChoice.AUTO, cores, 16));
        assertThat(RuntimeSettings.of("pid", "GPU", 3, 1)).isEqualTo(new RuntimeSettings(DeviceChoice.GPU, 3, 1));
    }

    @Test
    void eachImpossibleValueIsNamedWithThePid() {
        assertThatThrownBy(() -> RuntimeSettings.of("my.pid", "tpu", 0, 16))
                .hasMessage("invalid configuration my.pid: device must be auto, cpu or gpu, got 'tpu'");
        assertThatThrownBy(() -> RuntimeSettings.of("my.pid", "cpu", -2, 16))
                .hasMessage("invalid configuration my.pid: threads must be 0 (automatic) or positive, got -2");
        assertThatThrownBy(() -> RuntimeSettings.of("my.pid", "cpu", 1, 0))
                .hasMessage("invalid configuration my.pid: batchSize must be 1 to 1024, got 0");
        assertThatThrownBy(() -> RuntimeSettings.of("my.pid", "cpu", 1, 4096)).hasMessageContaining("got 4096");
    }

    @Test
    void aSharedDeviceSettingIsBlamedOnTheDevicePidAndTheBatchSizeOnTheComponents() {
        assertThat(RuntimeSettings.of(Configurations.device("cpu", 2), "my.pid", 8))
                .isEqualTo(new RuntimeSettings(DeviceChoice.CPU, 2, 8));
        assertThatThrownBy(() -> RuntimeSettings.of(Configurations.device("tpu", 0), "my.pid", 8))
                .hasMessage("invalid configuration org.kissdetect.classify.device: device must be auto, cpu or gpu,"
                        + " got 'tpu'");
        assertThatThrownBy(() -> RuntimeSettings.of(Configurations.device("cpu", 1), "my.pid", 0))
                .hasMessage("invalid configuration my.pid: batchSize must be 1 to 1024, got 0");
    }
}
