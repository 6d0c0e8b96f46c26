package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.TrainableNetwork;

class NetworkTrainerComponentTest {

    @Test
    void aBadConfigurationNamesThePidTheAttributeAndTheValue() {
        assertThatThrownBy(() -> new NetworkTrainerComponent(Configurations.device("tpu", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.kissdetect.classify.device").hasMessageContaining("tpu");
        assertThatThrownBy(() -> new NetworkTrainerComponent(Configurations.device("cpu", -1)))
                .hasMessageContaining("org.kissdetect.classify.device").hasMessageContaining("threads")
                .hasMessageContaining("-1");
    }

    @Test
    void buildsTheNetworkItIsAskedFor() throws Exception {
        NetworkTrainerComponent trainer = new NetworkTrainerComponent(Configurations.device("cpu", 1));
        try (TrainableNetwork network = trainer.create(new NetworkSetup("audio", "last-layer", null, null, 1))) {
            assertThat(network.featureWidth()).isEqualTo(128);
            assertThat(network.backbones()).containsOnlyKeys("audio");
            assertThat(network.steps()).isZero();
        }
    }

    @Test
    void aMissingCheckpointOrBackboneFileIsAModelProblemNamingTheFile(@TempDir Path folder) {
        NetworkTrainerComponent trainer = new NetworkTrainerComponent(Configurations.device("cpu", 1));
        Path missing = folder.resolve("nowhere.safetensors");

        assertThatThrownBy(() -> trainer.resume(missing)).isInstanceOf(ModelException.class)
                .hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> trainer.create(new NetworkSetup("image", "all", missing, null, 1)))
                .isInstanceOf(ModelException.class).hasMessageContaining(missing.toString());
    }
}
