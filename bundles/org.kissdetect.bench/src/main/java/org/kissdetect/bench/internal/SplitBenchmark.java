package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench split [SECONDS] [heights=720,1080,2160]}: how to share the cores between FFmpeg and
 * libtorch, measured rather than guessed. Detection end to end (in this process, the demo model loaded once per
 * setting before timing) of SECONDS (default 60) of x264 with B-frames at each height, for every combination of
 * decoder threads (1, 2, FFmpeg's choice), libtorch intra-op threads (1, all cores) and batch size (8, 16), set
 * through Configuration Admin as a user would. Prints each setting's wall time and the fastest per height; the
 * configurations are put back as they were at the end.
 */
@Component(property = "kissdetect.benchmark=split")
public final class SplitBenchmark implements Benchmark {

    private static final String DECODE = "org.kissdetect.decode";
    private static final String DEVICE = "org.kissdetect.classify.device";
    private static final String FACTORY = "org.kissdetect.classify.factory";
    /** Configuration Admin delivers changes asynchronously; the components have applied them well within this. */
    private static final long SETTLE_MILLIS = 1500;

    private final DetectionService detection;
    private final ConfigurationAdmin configurations;
    private final ModelRepository models;
    private final Segmenter segmenter;

    @Activate
    public SplitBenchmark(@Reference DetectionService detection, @Reference ConfigurationAdmin configurations,
            @Reference ModelRepository models, @Reference Segmenter segmenter) {
        this.detection = detection;
        this.configurations = configurations;
        this.models = models;
        this.segmenter = segmenter;
    }

    private record Setting(int decoderThreads, int torchThreads, int batch) {
        @Override
        public String toString() {
            return String.format("decoder %s, libtorch %d, batch %2d",
                    decoderThreads == 0 ? "auto" : Integer.toString(decoderThreads), torchThreads, batch);
        }
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        BenchArguments parsed = BenchArguments.parse(arguments, "heights");
        int seconds = parsed.positional(0, 60, "seconds");
        List<Integer> heights = parsed.option("heights").map(SplitBenchmark::heights).orElse(List.of(720, 1080));
        int cores = Runtime.getRuntime().availableProcessors();
        Path model = BenchModels.of(java.util.Optional.empty(), models, List.of(), out);
        List<Setting> settings = new ArrayList<>();
        for (int decoder : new int[] {1, 2, 0}) {
            for (int torch : new int[] {1, cores}) {
                for (int batch : new int[] {8, 16}) {
                    settings.add(new Setting(decoder, torch, batch));
                }
            }
        }
        Saved saved = new Saved(configurations);
        try {
            for (int height : heights) {
                int width = (height * 16 / 9 + 1) & ~1;
                Path movie = X264Movie.make(seconds, width, height, height >= 2160 ? 16 : height >= 1080 ? 6 : 3, out)
                        .orElseThrow(() -> BenchFailure.badInput("bench split needs the ffmpeg command with libx264"));
                out.printf("%dp, %d s of x264 with B-frames, %d cores: detection end to end%n", height, seconds, cores);
                out.flush();
                Setting best = null;
                double bestWall = Double.MAX_VALUE;
                for (Setting setting : settings) {
                    apply(setting);
                    DetectionRequest request = new DetectionRequest(movie, model, segmenter.parameters());
                    touch(movie);
                    detection.detect(request, p -> { }, () -> false); // loads the model with these settings
                    touch(movie);
                    Measurement cost = Measurement.of(() -> detection.detect(request, p -> { }, () -> false));
                    out.printf("  %-36s %7.2f s wall %7.2f s CPU%n", setting, cost.wallSeconds(), cost.cpuSeconds());
                    out.flush();
                    if (cost.wallSeconds() < bestWall) {
                        bestWall = cost.wallSeconds();
                        best = setting;
                    }
                }
                out.printf("  fastest at %dp: %s (%.2f s)%n", height, best, bestWall);
                out.flush();
            }
        } finally {
            saved.restore();
        }
        return ExitCodes.OK;
    }

    private void apply(Setting setting) throws Exception {
        update(DECODE, "threads", setting.decoderThreads());
        update(DEVICE, "threads", setting.torchThreads());
        update(FACTORY, "batchSize", setting.batch());
        Thread.sleep(SETTLE_MILLIS);
    }

    private void update(String pid, String key, int value) throws Exception {
        Configuration configuration = configurations.getConfiguration(pid, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        properties.put(key, value);
        configuration.update(properties);
    }

    private static void touch(Path movie) throws Exception {
        Files.setLastModifiedTime(movie, FileTime.fromMillis(System.currentTimeMillis()));
    }

    private static List<Integer> heights(String list) {
        List<Integer> heights = new ArrayList<>();
        for (String height : list.split(",")) {
            heights.add(Integer.parseInt(height.strip()));
        }
        return heights;
    }

    /** The three configurations as they were, put back after the sweep. */
    private static final class Saved {
        private record Before(String pid, Dictionary<String, Object> properties) {
        }

        private final ConfigurationAdmin configurations;
        private final List<Before> before = new ArrayList<>();

        Saved(ConfigurationAdmin configurations) throws Exception {
            this.configurations = configurations;
            for (String pid : List.of(DECODE, DEVICE, FACTORY)) {
                before.add(new Before(pid, configurations.getConfiguration(pid, "?").getProperties()));
            }
        }

        void restore() throws Exception {
            for (Before entry : before) {
                Configuration configuration = configurations.getConfiguration(entry.pid(), "?");
                if (entry.properties() == null) {
                    configuration.delete();
                } else {
                    configuration.update(entry.properties());
                }
            }
        }
    }
}
