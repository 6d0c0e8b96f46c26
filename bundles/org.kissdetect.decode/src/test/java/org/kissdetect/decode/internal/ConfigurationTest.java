package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kissdetect.common.cache.CacheRoot;

class ConfigurationTest {

    @Test
    void theDefaultsAreExactModeAutomaticThreadsAndAFixedCacheFolder() {
        DecodeSettings settings = DecodeSettings.of(Configurations.decoder("exact", 0, 30, ""));

        assertThat(settings.fast()).isFalse();
        assertThat(settings.threads()).isZero();
        assertThat(settings.stallTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.cacheDir()).isEqualTo(CacheRoot.current().resolve("javacpp"));
    }

    @Test
    void fastModeAndACacheFolderCanBeChosen() {
        DecodeSettings settings = DecodeSettings.of(Configurations.decoder("fast", 2, 5, "/var/cache/kd"));

        assertThat(settings.mode()).isEqualTo("fast");
        assertThat(settings.cacheDir()).isEqualTo(Path.of("/var/cache/kd"));
    }

    @Test
    void anImpossibleValueNamesThePidTheAttributeAndTheValue() {
        assertThatThrownBy(() -> DecodeSettings.of(Configurations.decoder("quick", 0, 30, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid configuration org.kissdetect.decode: mode must be exact or fast, got quick");
        assertThatThrownBy(() -> DecodeSettings.of(Configurations.decoder("exact", -1, 30, "")))
                .hasMessageContaining("threads").hasMessageContaining("got -1");
        assertThatThrownBy(() -> DecodeSettings.of(Configurations.decoder("exact", 0, 0, "")))
                .hasMessageContaining("stallTimeoutSeconds").hasMessageContaining("got 0");
    }

    @Test
    void stillsKeepTheDisplayAspectWithTheirShortSideAt256() {
        assertThat(PictureScaler.targetSize(1920, 1080, new int[] {1, 1})).containsExactly(455, 256);
        assertThat(PictureScaler.targetSize(1080, 1920, new int[] {0, 1})).containsExactly(256, 455);
        assertThat(PictureScaler.targetSize(161, 91, new int[] {1, 1})).containsExactly(453, 256);
        assertThat(PictureScaler.targetSize(720, 576, new int[] {64, 45})).containsExactly(455, 256);
    }
}
