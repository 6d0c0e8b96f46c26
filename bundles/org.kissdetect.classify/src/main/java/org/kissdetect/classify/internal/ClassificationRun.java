package org.kissdetect.classify.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.ModelInputs;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.internal.network.Vggish;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/** One run of {@code kissdetect bench classify}; see {@link ClassificationBenchmark}. */
final class ClassificationRun {

    private static final int[] BATCHES = {1, 8, 32};
    /** Each figure is the best of this many rounds: other work on the machine only ever slows a round down. */
    static final int ROUNDS = 3;

    private final BenchOptions options;
    private final PrintWriter out;

    ClassificationRun(BenchOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    void run() throws IOException, ModelException {
        Path scratch = Files.createTempDirectory("kissdetect-bench-");
        try {
            long start = System.nanoTime();
            Engine engine = DetectorLoader.engine(scratch);
            double startup = seconds(start);
            Device device = DetectorLoader.device(options.device(), engine);
            JniUtils.setNumThreads(options.threads());
            out.printf("Classification, random weights (speed does not depend on them): libtorch %s on %s, %d intra-op"
                    + " thread(s), OMP_WAIT_POLICY=%s%n", engine.getVersion(), device, options.threads(),
                    System.getenv().getOrDefault("OMP_WAIT_POLICY", "(unset)"));
            out.printf("each figure: the best of %d rounds of %d samples, after a warm-up pass%n", ROUNDS,
                    options.samples());
            out.printf("libtorch started in %.1f s%n", startup);
            out.flush();

            PeakRss.reset();
            BareForward bare = new BareForward(engine, device, BATCHES, this::passes);
            double[] resnet = bare.samplesPerSecond(ResNet18.build(), ResNet18.IMAGE);
            double[] vggish = bare.samplesPerSecond(Vggish.build(), Vggish.PATCH);
            String barePeak = PeakRss.text();

            start = System.nanoTime();
            Path model = scratch.resolve("model");
            RandomDetector.write(model, Variant.BOTH, 1);
            double written = seconds(start);
            PeakRss.reset();
            start = System.nanoTime();
            double[] service;
            String loadingPeak;
            try (LoadedDetector detector = DetectorLoader.load(model, options.device())) {
                double loaded = seconds(start);
                loadingPeak = PeakRss.text();
                out.printf("random detector (image and audio, 83,328,578 parameters): written in %.1f s, verified and"
                        + " loaded in %.1f s%n", written, loaded);
                PeakRss.reset();
                service = service(detector);
            }
            report(resnet, vggish, service);
            out.printf("peak resident set: bare backbones %s; loading the detector %s; classifying with it %s%n",
                    barePeak, loadingPeak, PeakRss.text());
        } finally {
            delete(scratch);
        }
    }

    /** Samples per second through the Classifier contract: checks, tensors, passes, probabilities. */
    private double[] service(LoadedDetector detector) throws IOException {
        double[] perSecond = new double[BATCHES.length];
        for (int b = 0; b < BATCHES.length; b++) {
            DetectorClassifier classifier = new DetectorClassifier(detector,
                    new RuntimeSettings(options.device(), options.threads(), BATCHES[b]));
            List<ModelInput> inputs = inputs(passes(BATCHES[b]) * BATCHES[b]);
            try {
                classifier.kissingProbabilities(inputs.subList(0, BATCHES[b]));
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    classifier.kissingProbabilities(inputs);
                    perSecond[b] = Math.max(perSecond[b], inputs.size() / seconds(start));
                }
            } catch (ClassificationException e) {
                throw new IOException("the classifier failed: " + e.getMessage(), e);
            }
        }
        return perSecond;
    }

    private void report(double[] resnet, double[] vggish, double[] service) {
        out.printf("%n%6s %14s %14s %24s %18s %10s%n", "batch", "ResNet-18 /s", "VGGish /s",
                "both in turn /s (base)", "classifier /s", "vs base");
        for (int b = 0; b < BATCHES.length; b++) {
            double both = 1 / (1 / resnet[b] + 1 / vggish[b]);
            out.printf("%6d %14.1f %14.1f %24.1f %18.1f %9.2fx%n", BATCHES[b], resnet[b], vggish[b], both,
                    service[b], service[b] / both);
        }
        out.println("(both in turn: what one image pass and one audio pass per sample allow, from the bare figures)");
    }

    int passes(int batch) {
        return Math.max(1, (options.samples() + batch - 1) / batch);
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

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
