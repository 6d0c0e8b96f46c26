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
            Classifier second = factory.open(model.resolve(".").resolve("..").resolve(model.getFileName()));

            assertThat(factory.keptModels()).isEqualTo(1);
            assertThat(second.kissingProbabilities(TestInputs.of(1)))
                    .containsExactly(first.kissingProbabilities(TestInputs.of(1)));
            assertThat(first.batchSize()).isEqualTo(4);
            assertThat(first.model().variant()).isEqualTo("image");
            assertThat(first.kissingProbabilities(TestInputs.of(2))).hasSize(2);
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aHandleGivesTheModelsSaliencyMapUntilItIsClosed() throws Exception {
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4));
        try {
            Classifier handle = factory.open(model);

            var saliency = handle.saliency(TestInputs.of(1).get(0)).orElseThrow();

            assertThat(saliency.width()).isEqualTo(224);
            assertThat(saliency.maximum()).isGreaterThan(0);
            handle.close();
            assertThatThrownBy(() -> handle.saliency(TestInputs.of(1).get(0)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("was closed");
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
    void theLeastRecentlyOpenedModelBeyondTheLimitIsFreedOnceItsLastHandleCloses(@TempDir Path second)
            throws Exception {
        RandomDetector.write(second, Variant.AUDIO, 7);
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4, 1));
        try {
            Classifier running = factory.open(model);

            try (Classifier other = factory.open(second)) {
                assertThat(factory.keptModels()).isEqualTo(1);
                assertThat(other.kissingProbabilities(TestInputs.of(1))).hasSize(1);
            }
            assertThat(running.kissingProbabilities(TestInputs.of(1)))
                    .as("a detection still holding an evicted model finishes with it").hasSize(1);
            running.close();
            assertThatThrownBy(() -> running.kissingProbabilities(TestInputs.of(1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("open the model again");
            try (Classifier reopened = factory.open(model)) {
                assertThat(reopened.kissingProbabilities(TestInputs.of(1))).hasSize(1);
            }
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aNewDeviceConfigurationLoadsAfreshWhileOpenHandlesFinishWithTheOldOne() throws Exception {
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(4));
        try {
            Classifier before = factory.open(model);
            float expected = before.kissingProbabilities(TestInputs.of(1))[0];

            factory.modified(Configurations.device("cpu", 2), Configurations.factory(8));

            assertThat(factory.keptModels()).isZero();
            assertThat(before.kissingProbabilities(TestInputs.of(1))[0]).isEqualTo(expected);
            before.close();
            try (Classifier after = factory.open(model)) {
                assertThat(after.batchSize()).isEqualTo(8);
                assertThat(after.kissingProbabilities(TestInputs.of(1))[0]).isEqualTo(expected);
            }
            assertThatThrownBy(() -> factory.modified(Configurations.device("cpu", 1), Configurations.factory(4, 0)))
                    .hasMessageContaining("loadedModels must be 1 to 16");
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
