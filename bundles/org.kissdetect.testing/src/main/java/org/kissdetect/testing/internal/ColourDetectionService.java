package org.kissdetect.testing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.ProgressListener;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.testing.DetectionCalls;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A test double of the detection pipeline: the "model" scores a second by how red it is. Scores are cached per
 * movie (path, size, modification time) and model directory, in a scores file, and re-segmented through the real
 * {@link Segmenter}, as the real pipeline does. It ignores the model directory's content.
 */
@Component(service = {DetectionService.class, DetectionCalls.class}, configurationPid = ColourDetectionService.PID)
public final class ColourDetectionService implements DetectionService, DetectionCalls {

    /** Configures how long the "model" takes per second of film, for tests that cancel a detection midway. */
    static final String PID = "org.kissdetect.testing.detect";

    @interface Pace {
        /** Milliseconds the model spends on each second of film: 0 runs at full speed. */
        int millisPerSecond() default 0;
    }

    private static final ModelDescriptor MODEL = new ModelDescriptor("red-is-kissing", "1", "image", "cpu()");

    private final Segmenter segmenter;
    private final Path folder;
    private final int millisPerSecond;
    private final Map<String, Path> scoresFiles = new ConcurrentHashMap<>();
    private final AtomicInteger detectCalls = new AtomicInteger();
    private final AtomicInteger cachedCalls = new AtomicInteger();

    @Activate
    public ColourDetectionService(@Reference Segmenter segmenter, BundleContext context, Pace pace) {
        this.segmenter = segmenter;
        this.folder = context.getDataFile("scores").toPath();
        this.millisPerSecond = Math.max(0, pace.millisPerSecond());
    }

    @Override
    public Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation)
            throws MediaException, DetectionCancelledException {
        detectCalls.incrementAndGet();
        MovieInfo info = ColourProbe.info(request.movie());
        byte[] colours = ColourProbe.secondColours(request.movie());
        float[] probabilities = new float[Math.min(info.completeSeconds(), colours.length / 3)];
        for (int second = 0; second < probabilities.length; second++) {
            if (cancellation.isCancelled() || !takeTime()) {
                throw new DetectionCancelledException(request.movie(), second);
            }
            int red = colours[3 * second] & 0xff;
            int other = Math.max(colours[3 * second + 1] & 0xff, colours[3 * second + 2] & 0xff);
            probabilities[second] = Math.max(0, Math.min(1, (red - other) / 200f));
            listener.progress(new DetectionProgress(second + 1, probabilities.length, 100, Duration.ZERO));
        }
        Path scores = write(key(request), info, probabilities);
        return detection(info, probabilities, request.parameters(), scores, false);
    }

    /** Spends the configured time on a second; false when interrupted meanwhile. */
    private boolean takeTime() {
        try {
            Thread.sleep(millisPerSecond);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Optional<Detection> cached(DetectionRequest request) {
        cachedCalls.incrementAndGet();
        Path scores = scoresFiles.get(key(request));
        if (scores == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(resegment(scores, request.parameters()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Detection resegment(Path scoresFile, SegmentationParameters parameters) throws IOException {
        List<String> lines = Files.readAllLines(scoresFile);
        if (lines.size() < 5 || !lines.get(0).equals("kissdetect-test-scores")) {
            throw new IOException(scoresFile + " is not a scores file of the test double");
        }
        MovieInfo info = new MovieInfo(Path.of(lines.get(1)), Double.parseDouble(lines.get(2)),
                Double.parseDouble(lines.get(3)), 160, 90, true);
        float[] probabilities = new float[lines.size() - 4];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = Float.parseFloat(lines.get(i + 4));
        }
        return detection(info, probabilities, parameters, scoresFile, true);
    }

    @Override
    public int detectCalls() {
        return detectCalls.get();
    }

    @Override
    public int cachedCalls() {
        return cachedCalls.get();
    }

    private Detection detection(MovieInfo info, float[] probabilities, SegmentationParameters parameters,
            Path scores, boolean fromCache) {
        return new Detection(info, MODEL, probabilities, parameters, segmenter.segment(probabilities, parameters),
                scores, fromCache);
    }

    private Path write(String key, MovieInfo info, float[] probabilities) throws MediaException {
        Path movie = info.file();
        try {
            Files.createDirectories(folder);
            List<String> lines = new ArrayList<>(List.of("kissdetect-test-scores", movie.toString(),
                    Double.toString(info.durationSeconds()), Double.toString(info.frameRate())));
            for (float p : probabilities) {
                lines.add(Float.toString(p));
            }
            Path file = folder.resolve(Integer.toHexString(key.hashCode()) + ".scores");
            AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
            scoresFiles.put(key, file);
            return file;
        } catch (IOException e) {
            throw new MediaException(movie, Double.NaN, "cannot keep the scores: " + e.getMessage(), e);
        }
    }

    /** Fresh scores belong to the same file, size and modification time, and the same model directory. */
    private static String key(DetectionRequest request) {
        Path movie = request.movie().toAbsolutePath().normalize();
        try {
            return movie + "|" + Files.size(movie) + "|" + Files.getLastModifiedTime(movie).toMillis() + "|"
                    + request.modelDirectory().toAbsolutePath().normalize();
        } catch (NoSuchFileException e) {
            return movie + "|missing";
        } catch (IOException e) {
            return movie + "|unreadable";
        }
    }
}
