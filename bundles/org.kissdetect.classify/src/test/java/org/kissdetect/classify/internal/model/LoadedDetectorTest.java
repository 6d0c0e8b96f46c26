package org.kissdetect.classify.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.Variant;

/** An image-only detector with random weights, loaded once: its passes are independent, concurrent and leak-free. */
class LoadedDetectorTest {

    @TempDir
    static Path model;

    private static LoadedDetector detector;

    @BeforeAll
    static void load() throws Exception {
        RandomDetector.write(model, Variant.IMAGE, 1);
        detector = DetectorLoader.load(model, DeviceChoice.AUTO);
    }

    @AfterAll
    static void free() {
        detector.close();
    }

    @Test
    void describesTheModelFromItsMetadata() {
        assertThat(detector.descriptor()).isEqualTo(new ModelDescriptor("random-image", "0.0.0-random", "image", "cpu()"));
    }

    @Test
    void givesTwoLogitsPerInputIndependentlyOfTheBatch() throws Exception {
        List<ModelInput> inputs = TestInputs.of(3);

        float[] together = detector.logits(inputs, 1);
        float[] last = detector.logits(inputs.subList(2, 3), 2);

        assertThat(together).hasSize(6);
        assertThat(together[4]).isCloseTo(last[0], offset(1e-4f));
        assertThat(together[5]).isCloseTo(last[1], offset(1e-4f));
        assertThat(together[0]).as("different inputs give different logits").isNotEqualTo(together[2]);
    }

    @Test
    void concurrentPassesGiveWhatSequentialOnesGive() throws Exception {
        List<ModelInput> inputs = TestInputs.of(2);
        float[] sequential = detector.logits(inputs, 1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<float[]>> results = threads.invokeAll(List.of(() -> detector.logits(inputs, 1),
                    () -> detector.logits(inputs, 1), () -> detector.logits(inputs, 1)));
            for (Future<float[]> result : results) {
                assertThat(result.get()).containsExactly(sequential);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyPassReleasesWhatItAllocated() throws Exception {
        int parameters = detector.liveArrays();
        for (int i = 0; i < 3; i++) {
            detector.logits(TestInputs.of(2), 1);
        }
        assertThat(detector.liveArrays()).isEqualTo(parameters);
    }

    @Test
    void aModelWhoseTensorsAreNotThoseOfItsVariantIsRefusedNamingTheTensor(@TempDir Path other) throws Exception {
        for (String file : List.of("metadata.json", "detector.safetensors")) {
            Files.copy(model.resolve(file), other.resolve(file));
        }
        String metadata = Files.readString(other.resolve("metadata.json"));
        Files.writeString(other.resolve("metadata.json"), metadata.replace("\"variant\" : \"image\"", "\"variant\" : \"audio\""));

        assertThatThrownBy(() -> DetectorLoader.load(other, DeviceChoice.CPU))
                .hasMessageContaining("detector.safetensors")
                .hasMessageContaining("tensor audio.features.0.weight of the audio detector is missing");
    }

    @Test
    void aClosedDetectorRefusesPasses() throws Exception {
        LoadedDetector second = DetectorLoader.load(model, DeviceChoice.CPU);
        second.close();

        assertThatThrownBy(() -> second.logits(TestInputs.of(1), 1)).isInstanceOf(ClassificationException.class)
                .hasMessageContaining("random-image was closed");
    }
}
