package org.kissdetect.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code kissdetect bench memory [SECONDS] [model=DIR]}: the resident memory of one detection along a long film
 * (default 10,800 s, three hours; 320x180 at 5 fps so that it is cheap to write and decode), read at every tenth
 * of the film. The baseline, from the same run, is the process with the model loaded, before the film. Memory
 * that stays flat along the film is what the pipeline promises; the target is a peak of at most 1.5 GB.
 */
@Component(property = "kissdetect.benchmark=memory")
public final class MemoryBenchmark implements Benchmark {

    private final DetectionService detection;
    private final ClassifierFactory classifiers;
    private final Segmenter segmenter;
    private final MovieEncoder encoder;
    private final ModelRepository models;
    private final List<CheckpointLayout> layouts;

    @Activate
    public MemoryBenchmark(@Reference DetectionService detection, @Reference ClassifierFactory classifiers,
            @Reference Segmenter segmenter, @Reference MovieEncoder encoder, @Reference ModelRepository models,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) List<CheckpointLayout> layouts) {
        this.layouts = layouts;
        this.detection = detection;
        this.classifiers = classifiers;
        this.segmenter = segmenter;
        this.encoder = encoder;
        this.models = models;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        BenchArguments parsed = BenchArguments.parse(arguments, "model");
        int seconds = parsed.positional(0, 10_800, "seconds");
        Path model = BenchModels.of(parsed.option("model"), models, layouts, out);
        Path movie = BenchMovies.of(encoder,
                TestMovie.small().withSeconds(seconds).withSize(320, 180).withFrameRate(5).withVideoBitRate(200_000), out);
        try (Classifier classifier = classifiers.open(model)) {
            Files.setLastModifiedTime(movie, FileTime.fromMillis(System.currentTimeMillis()));
            System.gc();
            long baseline = rss();
            out.printf("Memory of one detection along %s (%d s), model %s; baseline with the model loaded: %d MB%n",
                    movie.getFileName(), seconds, classifier.model().id(), baseline >> 20);
            out.printf("%9s %10s %10s %12s%n", "film", "RSS", "x baseline", "film s/s");
            out.flush();
            int[] lastTenth = {-1};
            long start = System.nanoTime();
            DetectionRequest request = new DetectionRequest(movie, model, segmenter.parameters());
            Measurement cost = Measurement.of(() -> detection.detect(request, progress -> {
                int tenth = (int) Math.floor(progress.fraction() * 10);
                if (tenth > lastTenth[0]) {
                    lastTenth[0] = tenth;
                    report(out, progress, baseline, start);
                }
            }, () -> false));
            out.printf("Peak RSS %d MB = %.2fx the baseline, over %.0f s (target: at most %s)%n",
                    cost.peakRssBytes() >> 20, (double) cost.peakRssBytes() / baseline, cost.wallSeconds(),
                    classifier.clipInput().isPresent() ? "2,048 MB for a model that looks at motion" : "1,536 MB");
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void report(PrintWriter out, DetectionProgress progress, long baseline, long start) {
        try {
            long now = rss();
            out.printf("%8.0f%% %7d MB %9.2fx %12.2f%n", progress.fraction() * 100, now >> 20, (double) now / baseline,
                    progress.secondsDone() / ((System.nanoTime() - start) / 1e9));
            out.flush();
        } catch (IOException e) {
            out.println("cannot read the resident set: " + e.getMessage());
        }
    }

    private static long rss() throws IOException {
        return Measurement.statusKilobytes(Path.of("/proc/self/status"), "VmRSS:") * 1024;
    }
}
