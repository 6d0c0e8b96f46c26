package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.teach.TeachingResult;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code kissdetect bench teach [MINUTES]}: from "Train detector from labels" to a usable model, for MINUTES
 * (default 10) of labelled film on frozen backbones: two generated films, every second labelled. Cold (no cached
 * embeddings: each film decoded and embedded once, then the linear layer trained) and warm (the same labels and one
 * more: the embeddings cached), next to decoding the films alone, measured in the same run. The training bundle's
 * cache is pointed at a fresh folder for the run and put back after. Target: warm under 10 s.
 */
@Component(property = "kissdetect.benchmark=teach")
public final class TeachingBenchmark implements Benchmark {

    private static final String TRAIN_PID = "org.kissdetect.train";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final BundleContext context;
    private final ConfigurationAdmin configurations;
    private final MovieEncoder encoder;
    private final MovieDecoder decoder;

    @Activate
    public TeachingBenchmark(BundleContext context, @Reference ConfigurationAdmin configurations,
            @Reference MovieEncoder encoder, @Reference MovieDecoder decoder) {
        this.context = context;
        this.configurations = configurations;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        int minutes = BenchArguments.parse(arguments).positional(0, 10, "minutes");
        int seconds = minutes * 30;
        List<Path> films = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            SyntheticFilm film = SyntheticFilm.of(seconds, 900 + i, new SecondSpan(seconds / 10, seconds / 4),
                    new SecondSpan(seconds / 2, seconds * 3 / 4));
            Path file = BenchMovies.folder().resolve("teach-v1-" + seconds + "s-" + i + ".mp4");
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                out.printf("Writing %s (once)...%n", file);
                out.flush();
                film.write(encoder, file);
            }
            films.add(file);
            labelWholeFilm(film, file, labels);
        }
        Path work = Files.createTempDirectory("kissdetect-bench-teach");
        Configuration train = configurations.getConfiguration(TRAIN_PID, "?");
        Dictionary<String, Object> found = train.getProperties();
        try {
            TeachingService teaching = teachingWithCache(train, found, work.resolve("cache"));
            out.printf("Teaching from labels: %d films, %d s labelled, frozen seeded random backbones, 30 epochs, %d"
                    + " cores%n", films.size(), 2 * seconds, Runtime.getRuntime().availableProcessors());
            out.flush();
            Measurement decoding = Measurement.of(() -> films.forEach(this::decodeAll));
            TeachingResult[] results = new TeachingResult[2];
            Measurement cold = Measurement.of(() -> results[0] = teaching.teach(request(labels, work), quiet(),
                    () -> false));
            labels.add(new Label(films.get(0), 0, 1, false, "one more"));
            Measurement warm = Measurement.of(() -> results[1] = teaching.teach(request(labels, work), quiet(),
                    () -> false));

            out.printf("%-32s %8s %8s %10s%n", "", "wall s", "CPU s", "peak RSS");
            row(out, "decode the films alone", decoding);
            row(out, "cold: embed the films, train", cold);
            row(out, "warm: one more label, train", warm);
            out.printf("Films decoded: cold %d, warm %d; held-out F1 per second: cold %.2f, warm %.2f (split %s)%n",
                    results[0].moviesDecoded(), results[1].moviesDecoded(), results[0].heldOut().f1(),
                    results[1].heldOut().f1(), results[1].splitRule());
            out.printf("Cold / decoding alone = %.2f; warm = %.1f s (target: under 10 s)%n",
                    cold.wallSeconds() / decoding.wallSeconds(), warm.wallSeconds());
            out.flush();
            return ExitCodes.OK;
        } finally {
            if (found == null) {
                train.delete();
            } else {
                train.update(found);
            }
            OutputTransaction.deleteTree(work);
        }
    }

    /** Labels each second of a film: its scenes kissing, the stretches between them not. */
    private static void labelWholeFilm(SyntheticFilm film, Path file, List<Label> labels) {
        int start = 0;
        for (int k = 1; k <= film.seconds(); k++) {
            if (k == film.seconds() || film.isKissing(k) != film.isKissing(start)) {
                labels.add(new Label(file, start, k, film.isKissing(start), "bench"));
                start = k;
            }
        }
    }

    /**
     * The teaching service once the training bundle has taken the cache folder: the training component restarts on
     * its new configuration, and the teaching component with it, under a new service id.
     */
    private TeachingService teachingWithCache(Configuration train, Dictionary<String, Object> found, Path cache)
            throws Exception {
        ServiceTracker<TeachingService, TeachingService> tracker = new ServiceTracker<>(context,
                TeachingService.class, null);
        tracker.open();
        try {
            Object before = tracker.getServiceReference() == null ? null
                    : tracker.getServiceReference().getProperty("service.id");
            Dictionary<String, Object> properties = new Hashtable<>();
            if (found != null) {
                for (var keys = found.keys(); keys.hasMoreElements();) {
                    String key = keys.nextElement();
                    properties.put(key, found.get(key));
                }
            }
            properties.put("cacheDirectory", cache.toString());
            train.update(properties);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                var reference = tracker.getServiceReference();
                if (reference != null && !reference.getProperty("service.id").equals(before)) {
                    return tracker.getService(reference);
                }
                Thread.sleep(20);
            }
            throw new BenchFailure(ExitCodes.FAILED, "the teaching service did not restart on the training cache"
                    + " folder within " + PATIENCE + " (is org.kissdetect.teach in the bench runtime?)");
        } finally {
            tracker.close();
        }
    }

    private TeachingRequest request(List<Label> labels, Path work) {
        return new TeachingRequest("bench", labels, work.resolve("models"), null, false, 30, 1);
    }

    private void decodeAll(Path film) {
        try (SampleStream stream = decoder.open(film)) {
            while (stream.next().isPresent()) {
                // every second decoded, as embedding does
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot decode " + film + ": " + e.getMessage(), e);
        }
    }

    private static TrainingListener quiet() {
        return new TrainingListener() {
        };
    }

    private static void row(PrintWriter out, String name, Measurement m) {
        out.printf("%-32s %8.1f %8.1f %7d MB%n", name, m.wallSeconds(), m.cpuSeconds(), m.peakRssBytes() >> 20);
    }
}
