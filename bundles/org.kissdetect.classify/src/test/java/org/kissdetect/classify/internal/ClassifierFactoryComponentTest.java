package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.Variant;

class ClassifierFactoryComponentTest {

    @TempDir
    static Path model;

    @BeforeAll
    static void writeAModel() throws Exception {
        RandomDetector.write(model, Variant.IMAGE, 4);
    }

    @Test
    void describingAModelReadsItsMetadataOnlyAndLoadsNothing(@TempDir Path damaged) throws Exception {
        RandomDetector.write(damaged, Variant.AUDIO, 5);
        Path parameters;
        try (var files = Files.list(damaged)) {
            parameters = files.filter(f -> f.toString().endsWith(".safetensors")).findFirst().orElseThrow();
        }
        Files.write(parameters, new byte[] {1, 2, 3}); // a load would refuse this; a description never reads it
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4));
        try {
            ModelDescriptor described = factory.describe(damaged);

            assertThat(described.variant()).isEqualTo("audio");
            assertThat(described.id()).isNotBlank();
            assertThatThrownBy(() -> factory.open(damaged)).isInstanceOf(ModelException.class);
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aDirectoryIsLoadedOnceAndShared() throws Exception {
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4));
        try {
            Classifier first = factory.open(model);

            assertThat(factory.open(model.resolve(".").resolve("..").resolve(model.getFileName()))).isSameAs(first);
            assertThat(first.batchSize()).isEqualTo(4);
            assertThat(first.model().variant()).isEqualTo("image");
            assertThat(first.kissingProbabilities(TestInputs.of(2))).hasSize(2);
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aDirectoryHoldingANewModelIsLoadedAnew(@TempDir Path changing) throws Exception {
        RandomDetector.write(changing, Variant.IMAGE, 5);
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4));
        try {
            Classifier before = factory.open(changing);
            float before0 = before.kissingProbabilities(TestInputs.of(1))[0];
            RandomDetector.write(changing, Variant.IMAGE, 6);

            Classifier after = factory.open(changing);

            assertThat(after).isNotSameAs(before);
            assertThat(after.kissingProbabilities(TestInputs.of(1))[0]).isNotEqualTo(before0);
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aMissingModelIsNamed(@TempDir Path folder) {
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("auto", 0),
                Configurations.factory(16));

        assertThatThrownBy(() -> factory.open(folder.resolve("nothing-here"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("nothing-here: no such model directory");
    }

    @Test
    void deactivationFreesEveryModelAndRefusesNewOnes() throws Exception {
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4));
        Classifier classifier = factory.open(model);

        factory.deactivate();

        assertThatThrownBy(() -> classifier.kissingProbabilities(TestInputs.of(1)))
                .isInstanceOf(ClassificationException.class).hasMessageContaining("was closed");
        assertThatThrownBy(() -> factory.open(model)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadConfigurationKeepsTheFactoryFromActivating() {
        assertThatThrownBy(() -> new ClassifierFactoryComponent(Configurations.device("tpu", 0),
                Configurations.factory(16)))
                .hasMessageContaining("invalid configuration org.kissdetect.classify.device")
                .hasMessageContaining("'tpu'");
    }
}
