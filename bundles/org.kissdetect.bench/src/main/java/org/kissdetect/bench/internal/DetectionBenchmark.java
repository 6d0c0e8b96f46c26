package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code kissdetect bench detect [SECONDS [HEIGHT]] [model=DIR|kinetics] [source=kit|x264]}: detection end to end on an
 * H.264 movie of SECONDS seconds (default 600) and HEIGHT lines (default 1080) made by the test-media kit
 * (single-threaded OpenH264: a 10-minute 1080p movie takes most of an hour to write) or by the ffmpeg command's
 * libx264 ({@code source=x264}, B-frames like real films, written on every core), next to the two halves it
 * overlaps, measured in the same run on the same movie: decoding alone, and classifying alone as many seconds as
 * the movie has (the inputs of its first 32 seconds, over and over: the network's cost does not depend on the
 * pixels). A model that looks at motion ({@code model=kinetics}: a Kinetics 3D ResNet-34 of formula weights) is
 * decoded with its clips in both the end-to-end run and decoding alone. The model is loaded before any timing.
 * Target: end to end at most 1.15x the sum of the halves.
 */
@Component(property = "kissdetect.benchmark=detect")
public final class DetectionBenchmark implements Benchmark {

    private static final int DISTINCT_INPUTS = 32;

    private final DetectionService detection;
    private final MovieDecoder decoder;
    private final FeatureExtractor features;
    private final ClassifierFactory classifiers;
    private final Segmenter segmenter;
    private final MovieEncoder encoder;
    private final ModelRepository models;
    private final List<CheckpointLayout> layouts;

    @Activate
    public DetectionBenchmark(@Reference DetectionService detection, @Reference MovieDecoder decoder,
            @Reference FeatureExtractor features, @Reference ClassifierFactory classifiers,
            @Reference Segmenter segmenter, @Reference MovieEncoder encoder, @Reference ModelRepository models,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) List<CheckpointLayout> layouts) {
        this.layouts = layouts;
        this.detection = detection;
        this.decoder = decoder;
        this.features = features;
        this.classifiers = classifiers;
        this.segmenter = segmenter;
        this.encoder = encoder;
        this.models = models;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        BenchArguments parsed = BenchArguments.parse(arguments, "model", "source");
        int seconds = parsed.positional(0, 600, "seconds");
        int height = parsed.positional(1, 1080, "height");
        Path model = BenchModels.of(parsed.option("model"), models, layouts, out);
        int width = (height * 16 / 9 + 1) & ~1;
        int megabits = height >= 1080 ? 6 : height >= 720 ? 3 : 1;
        Path movie = switch (parsed.option("source").orElse("kit")) {
            case "kit" -> BenchMovies.of(encoder, TestMovie.small().withSeconds(seconds).withSize(width, height)
                    .withVideoBitRate(megabits * 1_000_000), out);
            case "x264" -> X264Movie.make(seconds, width, height, megabits, out).orElseThrow(
                    () -> BenchFailure.badInput("source=x264 needs the ffmpeg command with libx264"));
            default -> throw BenchFailure.badInput("source is kit (the test-media kit, OpenH264) or x264 (ffmpeg)");
        };
        try (Classifier classifier = classifiers.open(model)) {
            out.printf("Detection on %s (%d s, %dx%d H.264), model %s %s on %s, batch %d, %d cores%n",
                    movie.getFileName(), seconds, width, height, classifier.model().id(), classifier.model().version(),
                    classifier.model().device(), classifier.batchSize(), Runtime.getRuntime().availableProcessors());
            out.flush();

            // A newer modification time makes any cached scores of this movie stale: the detection really runs.
            Files.setLastModifiedTime(movie, FileTime.fromMillis(System.currentTimeMillis()));
            DetectionRequest request = new DetectionRequest(movie, model, segmenter.parameters());
            Measurement endToEnd = Measurement.of(() -> detection.detect(request, p -> { }, () -> false));
            Optional<ClipPreprocessing> clip = classifier.clipInput();
            Measurement decoding = Measurement.of(() -> decodeAll(movie, clip));
            List<ModelInput> inputs = firstInputs(movie, clip);
            Measurement classifying = Measurement.of(() -> classify(classifier, inputs, seconds));

            out.printf("%-26s %8s %8s %11s %10s%n", "", "wall s", "CPU s", "film s/s", "peak RSS");
            row(out, "decode alone", decoding, seconds);
            row(out, "classify alone", classifying, seconds);
            row(out, "end to end", endToEnd, seconds);
            double ratio = endToEnd.wallSeconds() / (decoding.wallSeconds() + classifying.wallSeconds());
            out.printf("End to end / (decode + classify) = %.2f (target: at most 1.15; 1.00 means no overlap,"
                    + " 0.5 perfect overlap of equal halves)%n", ratio);
            out.printf("Peak RSS of the end-to-end run: %d MB (target: at most %s)%n", endToEnd.peakRssBytes() >> 20,
                    clip.isPresent() ? "2,048 MB for a model that looks at motion" : "1,536 MB");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Decoding as the detection decodes for this model: with its clip of frames, when it takes one. */
    private SampleStream open(Path movie, Optional<ClipPreprocessing> clip) throws Exception {
        return clip.isPresent() ? decoder.open(movie, clip.get().decoding()) : decoder.open(movie);
    }

    private void decodeAll(Path movie, Optional<ClipPreprocessing> clip) throws Exception {
        try (SampleStream stream = open(movie, clip)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                // decoding is the work
            }
        }
    }

    private List<ModelInput> firstInputs(Path movie, Optional<ClipPreprocessing> clip) throws Exception {
        List<ModelInput> inputs = new ArrayList<>();
        try (SampleStream stream = open(movie, clip)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent() && inputs.size() < DISTINCT_INPUTS;
                    next = stream.next()) {
                inputs.add(clip.isPresent() ? features.extract(next.get(), clip.get()) : features.extract(next.get()));
            }
        }
        return inputs;
    }

    private static void classify(Classifier classifier, List<ModelInput> inputs, int seconds) throws Exception {
        int batch = classifier.batchSize();
        for (int done = 0; done < seconds; done += batch) {
            List<ModelInput> slice = new ArrayList<>(batch);
            for (int i = 0; i < Math.min(batch, seconds - done); i++) {
                slice.add(inputs.get((done + i) % inputs.size()));
            }
            classifier.kissingProbabilities(slice);
        }
    }

    private static void row(PrintWriter out, String name, Measurement cost, int seconds) {
        out.printf("%-26s %8.1f %8.1f %11.2f %7d MB%n", name, cost.wallSeconds(), cost.cpuSeconds(),
                seconds / cost.wallSeconds(), cost.peakRssBytes() >> 20);
        out.flush();
    }
}
