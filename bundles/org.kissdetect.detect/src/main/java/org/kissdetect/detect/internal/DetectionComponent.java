package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.ProgressListener;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The detection service (PID {@value #PID}): cached scores when they are fresh, else the streaming pipeline;
 * the scores of every run are kept for re-segmenting. Several detections may run at once; the classifier
 * factory shares one loaded model between them.
 */
@Component(service = DetectionService.class, configurationPid = DetectionComponent.PID, immediate = true)
@Designate(ocd = DetectionConfiguration.class)
public final class DetectionComponent implements DetectionService {

    static final String PID = "org.kissdetect.detect";

    private final MovieDecoder decoder;
    private final FeatureExtractor features;
    private final ClassifierFactory classifiers;
    private final Segmenter segmenter;
    private final int batchSize;
    private final int queueSeconds;
    private final int progressIntervalMillis;
    private final ScoreStore scores;

    @Activate
    public DetectionComponent(@Reference MovieDecoder decoder, @Reference FeatureExtractor features,
            @Reference ClassifierFactory classifiers, @Reference Segmenter segmenter,
            DetectionConfiguration configuration) {
        this.decoder = decoder;
        this.features = features;
        this.classifiers = classifiers;
        this.segmenter = segmenter;
        this.batchSize = atLeast("batchSize", configuration.batchSize(), 0);
        this.queueSeconds = atLeast("queueSeconds", configuration.queueSeconds(), 1);
        this.progressIntervalMillis = atLeast("progressIntervalMillis", configuration.progressIntervalMillis(), 10);
        String folder = configuration.scoreCacheDirectory();
        this.scores = new ScoreStore(folder == null || folder.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "kissdetect", "scores")
                : Path.of(folder));
    }

    @Override
    public Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        requireReadable(request.movie());
        Classifier classifier = classifiers.open(request.modelDirectory());
        ModelDescriptor model = classifier.model();
        Optional<ScoreFile> cached = scores.fresh(request.movie(), model);
        if (cached.isPresent()) {
            return detection(cached.get(), scores.fileFor(request.movie(), model), request.parameters(), true);
        }
        int batch = batchSize > 0 ? batchSize : classifier.batchSize();
        ProgressMeter progress = new ProgressMeter(listener, progressIntervalMillis, System.nanoTime());
        DetectionRun.Result result = new DetectionRun(decoder, features, classifier, batch, queueSeconds)
                .run(request.movie(), progress, cancellation);
        Path file;
        try {
            file = scores.save(result.movie(), model, result.probabilities());
        } catch (IOException e) {
            throw new MediaException(request.movie(), "cannot keep its scores: " + e.getMessage());
        }
        List<Scene> scenes = segmenter.segment(result.probabilities(), request.parameters());
        return new Detection(result.movie(), model, result.probabilities(), request.parameters(), scenes, file, false);
    }

    @Override
    public Optional<Detection> cached(DetectionRequest request) throws ModelException {
        ModelDescriptor model = classifiers.describe(request.modelDirectory());
        return scores.fresh(request.movie(), model).map(
                s -> detection(s, scores.fileFor(request.movie(), model), request.parameters(), true));
    }

    @Override
    public Detection resegment(Path scoresFile, SegmentationParameters parameters) throws IOException {
        return detection(ScoreStore.read(scoresFile), scoresFile, parameters, true);
    }

    private Detection detection(ScoreFile file, Path path, SegmentationParameters parameters, boolean fromCache) {
        List<Scene> scenes = segmenter.segment(file.probabilities(), parameters);
        return new Detection(file.movie().info(), file.model().descriptor(), file.probabilities(), parameters, scenes,
                path, fromCache);
    }

    private static void requireReadable(Path movie) throws MediaException {
        if (!Files.isRegularFile(movie)) {
            throw new MediaException(movie, Files.exists(movie) ? "not a file" : "no such file");
        }
        if (!Files.isReadable(movie)) {
            throw new MediaException(movie, "not readable");
        }
    }

    private static int atLeast(String attribute, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                    "invalid configuration " + PID + ": " + attribute + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }
}
