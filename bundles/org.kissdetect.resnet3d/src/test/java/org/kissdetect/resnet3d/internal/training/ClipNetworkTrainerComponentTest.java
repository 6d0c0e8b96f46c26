package org.kissdetect.resnet3d.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;

/** The clip variant's trainer service: its configuration's clip size reaches the networks it builds. */
class ClipNetworkTrainerComponentTest {

    @TempDir
    Path folder;

    @Test
    void buildsAndResumesClipNetworksAtTheConfiguredClipSize() throws Exception {
        ClipNetworkTrainerComponent trainer = new ClipNetworkTrainerComponent(configuration(4, 16, "cpu", 1));
        Path checkpoint = folder.resolve("last.safetensors");
        try (TrainableNetwork network = trainer.create(new NetworkSetup("clip", "last-layer", null, null, 3))) {
            assertThat(network.clipInput()).hasValueSatisfying(clip -> {
                assertThat(clip.frames()).isEqualTo(4);
                assertThat(clip.crop()).isEqualTo(16);
            });
            network.saveCheckpoint(checkpoint, "note");
        }
        trainer.modified(configuration(8, 32, "cpu", 1));
        try (TrainableNetwork resumed = trainer.resume(checkpoint)) {
            assertThat(resumed.clipInput().orElseThrow().crop()).as("the checkpoint's size, not the new one")
                    .isEqualTo(16);
            assertThat(resumed.checkpointNote()).isEqualTo("note");
        }
    }

    @Test
    void refusesTwoDimensionalVariantsAndABadConfigurationByName() {
        ClipNetworkTrainerComponent trainer = new ClipNetworkTrainerComponent(configuration(16, 224, "auto", 0));
        assertThat(trainer.settings().threads()).isPositive();
        assertThatThrownBy(() -> trainer.create(new NetworkSetup("image", "last-layer", null, null, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image variant");
        assertThatThrownBy(() -> new ClipNetworkTrainerComponent(configuration(0, 224, "auto", 0)))
                .hasMessageContaining(ClipTrainingConfiguration.PID).hasMessageContaining("clipFrames");
        assertThatThrownBy(() -> new ClipNetworkTrainerComponent(configuration(16, 224, "tpu", 0)))
                .hasMessageContaining(ClipTrainingConfiguration.DEVICE_PID).hasMessageContaining("tpu");
    }

    @Test
    void aConfiguredGpuIsDemandedNotWishedFor() {
        PyTorch.start();
        assumeTrue(Engine.getEngine(PyTorch.ENGINE).getGpuCount() == 0, "a machine without a GPU");
        ClipNetworkTrainerComponent trainer = new ClipNetworkTrainerComponent(configuration(4, 16, "gpu", 1));
        assertThatThrownBy(() -> trainer.create(new NetworkSetup("clip", "last-layer", null, null, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sees no GPU")
                .hasMessageContaining(ClipTrainingConfiguration.DEVICE_PID);
    }

    private static ClipTrainingConfiguration configuration(int frames, int side, String device, int threads) {
        return new ClipTrainingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClipTrainingConfiguration.class;
            }

            @Override
            public int clipFrames() {
                return frames;
            }

            @Override
            public int clipSide() {
                return side;
            }

            @Override
            public String device() {
                return device;
            }

            @Override
            public int threads() {
                return threads;
            }
        };
    }
}
