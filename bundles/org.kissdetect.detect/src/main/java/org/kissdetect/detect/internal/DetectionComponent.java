package org.kissdetect.detect.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
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
import org.kissdetect.api.detect.RangeScores;
import org.kissdetect.api.detect.SecondRange;
import org.kissdetect.api.detect.SecondObserver;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.common.text.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.configurator.annotations.RequireConfigurator;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The detection service (PID {@value #PID}): cached scores when they are fresh (the model is then not loaded), else
 * the streaming pipeline, decoding while the model loads, resuming an interrupted run where there is one; the scores of every run are kept for re-segmenting. Several
 * detections may run at once; the classifier factory shares one loaded model between them.
 */
@RequireConfigurator
@Component(service = DetectionService.class, configurationPid = DetectionComponent.PID, immediate = true)
@Designate(ocd = DetectionConfiguration.class)
public final class DetectionComponent implements DetectionService {

    static final String PID = "org.kissdetect.detect";

    private final MovieDecoder decoder;
    private final FeatureExtractor features;
    private final ClassifierFactory classifiers;
    private final Segmenter segmenter;
    private volatile DetectionSettings settings;

    @Activate
    public DetectionComponent(@Reference(name = "decoder") MovieDecoder decoder, @Reference FeatureExtractor features,
            @Reference ClassifierFactory classifiers, @Reference Segmenter segmenter,
            DetectionConfiguration configuration) {
        this.decoder = decoder;
        this.features = features;
        this.classifiers = classifiers;
        this.segmenter = segmenter;
        this.settings = DetectionSettings.of(configuration);
    }

    /**
     * A new configuration (the shipped defaults arriving after activation, or a user's change) applies to the
     * detections started after it; running ones finish with theirs.
     */
    @Modified
    void modified(DetectionConfiguration configuration) {
        settings = DetectionSettings.of(configuration);
    }

    @Override
    public Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        return detect(request, listener, cancellation, SecondObserver.NONE);
    }

    @Override
    public Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation,
            SecondObserver observer)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        Path movie = request.movie();
        MovieFingerprint fingerprint = fingerprint(movie);
        DetectionSettings current = settings;
        String modelContent = ScoreKeys.modelContent(request.modelDirectory());
        ScoreStore scores = current.scores();
        Optional<ScoreStore.Kept> cached = scores.fresh(fingerprint, modelContent);
        if (cached.isPresent()) {
            classifiers.describe(request.modelDirectory());
            return detection(cached.get().scores(), cached.get().file(), request.parameters());
        }
        Optional<ClipPreprocessing> clip = classifiers.clipInput(request.modelDirectory());
        try (ClassifierLoading model = ClassifierLoading.start(classifiers, request.modelDirectory())) {
            DetectionRun.Result result = new DetectionRun(decoder, features, clip, current).run(movie, model,
                    scores.resumable(fingerprint, modelContent), listener, cancellation,
                    done -> keepPartial(scores, fingerprint, modelContent, done), observer);
            return detection(request, result, fingerprint, modelContent, scores);
        }
    }

    /**
     * {@inheritDoc} The decoder opens the movie at the first second of the batch holding {@code range.first()}
     * (batches of the configured size, else the classifier's, counted from second 0 as {@link #detect} counts
     * them) and stops after the batch holding the range's last second.
     */
    @Override
    public RangeScores score(Path movie, Path modelDirectory, SecondRange range, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        if (movie == null || modelDirectory == null || range == null || cancellation == null) {
            throw new IllegalArgumentException("scoring a range needs a movie, a model directory, a range and a"
                    + " cancellation");
        }
        checkMovie(movie);
        String modelContent = ScoreKeys.modelContent(modelDirectory);
        Optional<ClipPreprocessing> clip = classifiers.clipInput(modelDirectory);
        try (ClassifierLoading model = ClassifierLoading.start(classifiers, modelDirectory)) {
            return new RangeScoring(decoder, features, clip, settings).score(movie, modelContent, model, range,
                    cancellation);
        }
    }

    private Detection detection(DetectionRequest request, DetectionRun.Result result, MovieFingerprint fingerprint,
            String modelContent, ScoreStore scores) {
        ModelDescriptor model = result.model();
        List<String> notes = new ArrayList<>();
        if (result.resumedSeconds() > 0) {
            notes.add("resumed at " + Clock.hoursMinutesSeconds(result.resumedSeconds()) + " from an interrupted run"
                    + " of the same model: the first " + result.resumedSeconds() + " s were classified then");
        }
        List<String> decoding = Warnings.capped(result.warnings());
        ScoreFile file = new ScoreFile(ScoreFile.FORMAT, ScoreFile.MovieJson.of(fingerprint, result.movie()),
                ScoreFile.ModelJson.of(model, modelContent), result.probabilities(),
                decoding.isEmpty() ? null : decoding);
        Path saved = null;
        try {
            saved = scores.save(fingerprint, modelContent, file);
            scores.forgetPartial(fingerprint, modelContent);
        } catch (IOException e) {
            notes.add("the scores could not be kept in the score cache (" + e.getMessage()
                    + "); they are only in this run's output");
        }
        List<String> warnings = new ArrayList<>(decoding);
        warnings.addAll(notes);
        return new Detection(result.movie(), model, result.probabilities(), request.parameters(),
                segmenter.segment(result.probabilities(), request.parameters()), saved, false, warnings);
    }

    @Override
    public Optional<Detection> cached(DetectionRequest request) throws ModelException {
        classifiers.describe(request.modelDirectory());
        String modelContent = ScoreKeys.modelContent(request.modelDirectory());
        MovieFingerprint fingerprint;
        try {
            fingerprint = MovieFingerprint.of(request.movie());
        } catch (IOException e) {
            return Optional.empty();
        }
        return settings.scores().fresh(fingerprint, modelContent).map(kept -> detection(kept.scores(), kept.file(), request.parameters()));
    }

    @Override
    public Detection resegment(Path scoresFile, SegmentationParameters parameters) throws IOException {
        return detection(ScoreFiles.read(scoresFile, true), scoresFile, parameters);
    }

    /**
     * The scores file as the cache holds it when it holds this detection's scores; else written from the
     * detection itself (the movie's fingerprint taken now, the model's content unknown).
     */
    @Override
    public void writeScores(Detection detection, OutputStream out) throws IOException {
        out.write(ScoreDocuments.of(detection));
    }

    private Detection detection(ScoreFile file, Path path, SegmentationParameters parameters) {
        return new Detection(file.movie().info(), file.model().descriptor(), file.probabilities(), parameters,
                segmenter.segment(file.probabilities(), parameters), path, true, file.warningsOrNone());
    }

    private static boolean keepPartial(ScoreStore scores, MovieFingerprint movie, String modelContent, float[] done) {
        try {
            scores.keepPartial(movie, modelContent, done);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkMovie(Path movie) throws MediaException {
        if (!Files.isRegularFile(movie)) {
            throw new MediaException(movie, Files.exists(movie) ? "not a file" : "no such file");
        }
    }

    private static MovieFingerprint fingerprint(Path movie) throws MediaException {
        checkMovie(movie);
        try {
            return MovieFingerprint.of(movie);
        } catch (IOException e) {
            throw new MediaException(movie, Files.isReadable(movie) ? "cannot read it: " + e.getMessage()
                    : "not readable");
        }
    }

}
