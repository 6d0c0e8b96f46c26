package org.kissdetect.classify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.ModelInputs;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.nn.Vggish;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;

/**
 * The classifier service on a random detector (speed does not depend on the weights) at each batch size, next to
 * its baseline: the bare forward passes of ResNet-18 and of VGGish on a random batch, nothing around them.
 * ResNet-18 runs in both forms: as saved (training's) and with batch norm folded into its convolutions (what the
 * service runs). {@link ClassificationBenchmarks} runs it and prints samples per second and the ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForwardPassBenchmark {

    /** What every state shares: libtorch on the chosen device with the chosen threads, and the batch size. */
    @State(Scope.Benchmark)
    public static class Settings {

        @Param({"1", "8", "32"})
        public int batch;

        @Param("1")
        public int threads;

        @Param("auto")
        public String device;

        Engine engine;
        Device chosen;
        Path scratch;

        @Setup(Level.Trial)
        public void start() throws IOException, ModelException {
            scratch = Files.createTempDirectory("kissdetect-bench-");
            engine = DetectorLoader.engine(scratch);
            chosen = DetectorLoader.device(DeviceChoice.parse(device), engine);
            JniUtils.setNumThreads(threads);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (Stream<Path> paths = Files.walk(scratch)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** A backbone with random weights and a random batch for it. */
    public abstract static class Backbone {

        private NDManager parameters;
        private Block block;
        private NDArray input;

        abstract Block build();

        abstract Shape sample();

        void load(Settings settings) {
            parameters = settings.engine.newBaseManager(settings.chosen);
            block = build();
            block.initialize(parameters, DataType.FLOAT32, new Shape(1).addAll(sample()));
            block.freezeParameters(true);
            input = parameters.randomNormal(new Shape(settings.batch).addAll(sample()));
        }

        /** One pass in its own scope: the batch lends itself to it and comes back, the activations are freed. */
        float[] forward() {
            try (NDManager pass = parameters.newSubManager()) {
                pass.tempAttachAll(input);
                return block.forward(new ParameterStore(parameters, false), new NDList(input), false)
                        .singletonOrThrow().toFloatArray();
            }
        }

        void free() {
            parameters.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Resnet extends Backbone {

        /** {@code saved}: each convolution followed by batch norm; {@code folded}: convolutions with a bias. */
        @Param({"saved", "folded"})
        public String batchNorm;

        @Override
        Block build() {
            return "folded".equals(batchNorm) ? ResNet18.buildFolded() : ResNet18.build();
        }

        @Override
        Shape sample() {
            return ResNet18.IMAGE;
        }

        @Setup(Level.Trial)
        public void setUp(Settings settings) {
            load(settings);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            free();
        }
    }

    @State(Scope.Benchmark)
    public static class Audio extends Backbone {

        @Override
        Block build() {
            return Vggish.build();
        }

        @Override
        Shape sample() {
            return Vggish.PATCH;
        }

        @Setup(Level.Trial)
        public void setUp(Settings settings) {
            load(settings);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            free();
        }
    }

    /** The classifier service on a random detector of both branches (83,328,578 parameters), as detection uses it. */
    @State(Scope.Benchmark)
    public static class Service {

        LoadedDetector detector;
        DetectorClassifier classifier;
        List<ModelInput> inputs;

        @Setup(Level.Trial)
        public void setUp(Settings settings) throws IOException, ModelException {
            Path model = settings.scratch.resolve("model");
            RandomDetector.write(model, Variant.BOTH, 1);
            DeviceChoice device = DeviceChoice.parse(settings.device);
            detector = DetectorLoader.load(model, device);
            classifier = new DetectorClassifier(detector, new RuntimeSettings(device, settings.threads, settings.batch));
            inputs = inputs(settings.batch);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            detector.close();
        }
    }

    @Benchmark
    public float[] resnet18(Resnet backbone) {
        return backbone.forward();
    }

    @Benchmark
    public float[] vggish(Audio backbone) {
        return backbone.forward();
    }

    @Benchmark
    public float[] classifier(Service service) throws ClassificationException {
        return service.classifier.kissingProbabilities(service.inputs);
    }

    private static List<ModelInput> inputs(int count) {
        Random random = new Random(7);
        List<ModelInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] image = new float[ModelInputs.IMAGE_SIZE];
            float[] audio = new float[ModelInputs.AUDIO_SIZE];
            for (int j = 0; j < image.length; j++) {
                image[j] = (float) random.nextGaussian();
            }
            for (int j = 0; j < audio.length; j++) {
                audio[j] = (float) random.nextGaussian();
            }
            inputs.add(new ModelInput(i, image, audio));
        }
        return inputs;
    }
}
