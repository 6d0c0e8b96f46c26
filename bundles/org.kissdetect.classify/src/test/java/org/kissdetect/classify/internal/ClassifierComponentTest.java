package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.Variant;

class ClassifierComponentTest {

    @TempDir
    Path model;

    @Test
    void aConfiguredModelIsLoadedAtActivationAndClassifies() throws Exception {
        RandomDetector.write(model, Variant.IMAGE, 8);
        ClassifierComponent classifier = new ClassifierComponent(Configurations.device("cpu", 1),
                Configurations.classifier(model.toString(), 3));
        try {
            assertThat(classifier.model().id()).isEqualTo("random-image");
            assertThat(classifier.batchSize()).isEqualTo(3);
            float[] probabilities = classifier.kissingProbabilities(TestInputs.of(4));
            assertThat(probabilities).hasSize(4);
            for (float p : probabilities) {
                assertThat(p).isBetween(0f, 1f);
            }
            assertThat(classifier.saliency(TestInputs.of(1).get(0)).orElseThrow().maximum()).isGreaterThan(0);
        } finally {
            classifier.deactivate();
        }
    }

    @Test
    void aTamperedModelKeepsTheComponentFromActivatingAndNamesTheFile() throws Exception {
        RandomDetector.write(model, Variant.IMAGE, 9);
        Path parameters = model.resolve("detector.safetensors");
        byte[] bytes = Files.readAllBytes(parameters);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(parameters, bytes);

        assertThatThrownBy(() -> new ClassifierComponent(Configurations.device("cpu", 1),
                Configurations.classifier(model.toString(), 3)))
                .hasMessageContaining("configuration org.kissdetect.classify")
                .hasMessageContaining(parameters.toString()).hasMessageContaining("sha256 is");
    }

    @Test
    void aMissingModelDirectorySettingIsNamed() {
        assertThatThrownBy(() -> new ClassifierComponent(Configurations.device("cpu", 1),
                Configurations.classifier(" ", 3)))
                .hasMessage("invalid configuration org.kissdetect.classify: modelDirectory is empty");
    }
}
