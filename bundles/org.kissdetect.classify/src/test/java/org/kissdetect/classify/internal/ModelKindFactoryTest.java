package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.spi.ModelKind;
import org.kissdetect.classify.spi.ModelRuntime;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The factory with a model kind installed: directories whose metadata names the kind go to its service, the others
 * load as detectors, and both are kept, shared and freed alike. The kind here is a test double whose "model" answers
 * the mean of a clip, so that what reaches it can be checked.
 */
class ModelKindFactoryTest {

    private static final ClipPreprocessing CLIP = new ClipPreprocessing(2, 16, 16, 1, new float[] {0, 0, 0},
            new float[] {1, 1, 1});

    @TempDir
    static Path folder;

    private static Path detector;

    @BeforeAll
    static void writeADetector() throws Exception {
        detector = Files.createDirectories(folder.resolve("detector"));
        RandomDetector.write(detector, Variant.AUDIO, 3);
    }

    @Test
    void aDirectoryOfAnInstalledKindIsLoadedByItsServiceOnceAndShared() throws Exception {
        Path model = kindDirectory("mean-a", "mean-of-clip");
        MeanKind kind = new MeanKind();
        ClassifierFactoryComponent factory = factory(2);
        factory.addKind(kind);
        try (Classifier first = factory.open(model);
                Classifier second = factory.open(model.resolve("..").resolve(model.getFileName()))) {

            assertThat(kind.loads).containsExactly(new ModelRuntime(false, 1, 4));
            assertThat(first.model()).isEqualTo(new ModelDescriptor("mean-a", "1", "mean", "cpu()",
                    OptionalDouble.of(0.3)));
            assertThat(second.clipInput()).containsSame(CLIP);
            assertThat(first.batchSize()).isEqualTo(4);
            assertThat(second.kissingProbabilities(List.of(input(0.25f), input(0.75f))))
                    .containsExactly(0.25f, 0.75f);
            assertThat(factory.keptModels()).isEqualTo(1);
        } finally {
            factory.deactivate();
        }
        assertThat(kind.closed).isEqualTo(1);
    }

    @Test
    void describingADirectoryOfAKindAsksTheKindWithTheConfiguredDeviceAndLoadsNothing() throws Exception {
        Path model = kindDirectory("mean-b", "mean-of-clip");
        MeanKind kind = new MeanKind();
        ClassifierFactoryComponent factory = factory(2);
        factory.addKind(kind);
        try {
            assertThat(factory.describe(model)).isEqualTo(new ModelDescriptor("mean-b", "1", "mean", "cpu",
                    OptionalDouble.of(0.3)));
            assertThat(factory.describe(detector).variant()).isEqualTo("audio");
            assertThat(kind.loads).isEmpty();
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aKindThatIsNotInstalledIsRefusedNamingTheMetadataAndTheKindsThatAre() throws Exception {
        Path model = kindDirectory("unknown", "optical-flow");
        ClassifierFactoryComponent factory = factory(2);
        factory.addKind(new MeanKind());
        try {
            assertThatThrownBy(() -> factory.open(model)).isInstanceOf(ModelException.class)
                    .hasMessage("model " + model.resolve("metadata.json") + ": kind 'optical-flow' is not installed:"
                            + " this runtime opens the paper's detectors (no kind) and kinds mean-of-clip");
            assertThatThrownBy(() -> factory.describe(model)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("kind 'optical-flow' is not installed");
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aKindThatIsNotTextIsRefused(@TempDir Path model) throws Exception {
        Files.writeString(model.resolve("metadata.json"), "{\"kind\": 3, \"id\": \"x\"}");
        ClassifierFactoryComponent factory = factory(2);
        try {
            assertThatThrownBy(() -> factory.open(model)).isInstanceOf(ModelException.class)
                    .hasMessage("model " + model.resolve("metadata.json")
                            + ": field 'kind' is 3, expected the name of a model kind");
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void metadataTooLargeToBeAModelsIsRefusedUnread(@TempDir Path model) throws Exception {
        try (RandomAccessFile huge = new RandomAccessFile(model.resolve("metadata.json").toFile(), "rw")) {
            huge.setLength((16L << 20) + 1); // sparse: nothing is written
        }
        ClassifierFactoryComponent factory = factory(2);
        try {
            assertThatThrownBy(() -> factory.describe(model)).isInstanceOf(ModelException.class)
                    .hasMessage("model " + model.resolve("metadata.json") + ": is 16777217 bytes, more than the"
                            + " 16777216 a model's metadata may have");
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void metadataThatIsNoJsonObjectIsReportedAsForADetector(@TempDir Path model) throws Exception {
        ClassifierFactoryComponent factory = factory(2);
        factory.addKind(new MeanKind());
        try {
            for (String content : new String[] {"", "[\"kind\"]", "{\"kind\": "}) {
                Files.writeString(model.resolve("metadata.json"), content);
                assertThatThrownBy(() -> factory.open(model)).as(content).isInstanceOf(ModelException.class)
                        .hasMessageStartingWith("model " + model.resolve("metadata.json")
                                + ": is not valid model metadata: ");
            }
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void modelsOfAKindAndDetectorsShareTheLimitAndAnEvictedOneIsFreedWhenItsLastHandleCloses() throws Exception {
        Path model = kindDirectory("mean-c", "mean-of-clip");
        MeanKind kind = new MeanKind();
        ClassifierFactoryComponent factory = factory(1);
        factory.addKind(kind);
        try {
            Classifier running = factory.open(model);
            try (Classifier other = factory.open(detector)) {
                assertThat(other.clipInput()).isEmpty();
                assertThat(other.kissingProbabilities(TestInputs.of(1))).hasSize(1);
            }
            assertThat(factory.keptModels()).isEqualTo(1);
            assertThat(kind.closed).as("still in use").isZero();
            assertThat(running.kissingProbabilities(List.of(input(0.5f)))).containsExactly(0.5f);

            running.close();

            assertThat(kind.closed).isEqualTo(1);
        } finally {
            factory.deactivate();
        }
    }

    @Test
    void aKindThatGoesAwayTakesItsModelsOnceTheirHandlesClose() throws Exception {
        Path model = kindDirectory("mean-d", "mean-of-clip");
        MeanKind kind = new MeanKind();
        ClassifierFactoryComponent factory = factory(2);
        factory.addKind(kind);
        try {
            Classifier running = factory.open(model);
            factory.open(detector).close();

            factory.removeKind(kind);

            assertThat(factory.keptModels()).as("the detector stays").isEqualTo(1);
            assertThat(kind.closed).isZero();
            running.close();
            assertThat(kind.closed).isEqualTo(1);
            assertThatThrownBy(() -> factory.open(model)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("kind 'mean-of-clip' is not installed: this runtime opens the paper's"
                            + " detectors (no kind)");
        } finally {
            factory.deactivate();
        }
    }

    private static ClassifierFactoryComponent factory(int loadedModels) {
        return new ClassifierFactoryComponent(Configurations.device("cpu", 1), Configurations.factory(4,
                loadedModels));
    }

    private static Path kindDirectory(String id, String kind) throws Exception {
        Path directory = Files.createDirectories(folder.resolve(id));
        Files.writeString(directory.resolve("metadata.json"), "{\"kind\": \"" + kind + "\", \"id\": \"" + id + "\"}");
        return directory;
    }

    private static ModelInput input(float value) {
        ModelInput plain = TestInputs.of(1).get(0);
        float[] clip = new float[CLIP.tensorLength()];
        Arrays.fill(clip, value);
        return new ModelInput(plain.second(), plain.image(), plain.audio(), clip);
    }

    /** Kind {@code mean-of-clip}: a directory's id from its metadata; the probability is the clip's mean. */
    private static final class MeanKind implements ModelKind {

        final List<ModelRuntime> loads = new ArrayList<>();
        int closed;

        @Override
        public String kind() {
            return "mean-of-clip";
        }

        @Override
        public ModelDescriptor describe(Path directory, String device) throws ModelException {
            return new ModelDescriptor(id(directory), "1", "mean", device, OptionalDouble.of(0.3));
        }

        @Override
        public Classifier load(Path directory, ModelRuntime runtime) throws ModelException {
            loads.add(runtime);
            ModelDescriptor descriptor = new ModelDescriptor(id(directory), "1", "mean",
                    runtime.gpu() ? "gpu(0)" : "cpu()", OptionalDouble.of(0.3));
            return new Classifier() {
                @Override
                public ModelDescriptor model() {
                    return descriptor;
                }

                @Override
                public int batchSize() {
                    return runtime.batchSize();
                }

                @Override
                public Optional<ClipPreprocessing> clipInput() {
                    return Optional.of(CLIP);
                }

                @Override
                public float[] kissingProbabilities(List<ModelInput> batch) {
                    float[] means = new float[batch.size()];
                    for (int i = 0; i < means.length; i++) {
                        double sum = 0;
                        for (float v : batch.get(i).clip()) {
                            sum += v;
                        }
                        means[i] = (float) (sum / batch.get(i).clip().length);
                    }
                    return means;
                }

                @Override
                public void close() {
                    closed++;
                }
            };
        }

        private static String id(Path directory) throws ModelException {
            try {
                return new ObjectMapper()
                        .readTree(directory.resolve("metadata.json").toFile()).get("id").asText();
            } catch (IOException e) {
                throw new ModelException(directory, e.getMessage(), e);
            }
        }
    }
}
