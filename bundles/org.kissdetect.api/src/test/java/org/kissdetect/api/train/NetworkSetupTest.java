package org.kissdetect.api.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Which weight files a setup takes: its checks run before its fields are assigned, so they read its parameters. */
class NetworkSetupTest {

    private static final Path VGGISH = Path.of("vggish-audioset.safetensors");

    @Test
    void everyVariantWithSoundTakesVggishWeights() {
        for (String variant : new String[] {"both", "audio", "clip+audio"}) {
            NetworkSetup setup = new NetworkSetup(variant, "last-layer", null, VGGISH, 1);
            assertThat(setup.usesAudio()).as(variant).isTrue();
            assertThat(setup.audioWeights()).isEqualTo(VGGISH);
        }
    }

    @Test
    void aVariantWithoutSoundRefusesThemAndUnknownNamesAreRefused() {
        for (String variant : new String[] {"image", "clip"}) {
            assertThatThrownBy(() -> new NetworkSetup(variant, "all", null, VGGISH, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without audio (" + variant);
        }
        assertThatThrownBy(() -> new NetworkSetup("video", "all", null, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("video");
        assertThatThrownBy(() -> new NetworkSetup("clip", "half", null, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("half");
        assertThat(new NetworkSetup("clip+audio", "all", null, null, 1).usesClip()).isTrue();
    }
}
