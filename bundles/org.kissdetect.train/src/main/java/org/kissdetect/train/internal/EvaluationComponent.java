package org.kissdetect.train.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.EvaluationService;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The evaluation service: a model directory, loaded as detection loads it, on the annotated seconds of the chosen
 * movies (decoded through the same cache as training). Configuration: PID {@value CacheFolder#PID}.
 */
@Component(service = EvaluationService.class, configurationPid = CacheFolder.PID, immediate = true)
public final class EvaluationComponent implements EvaluationService {

    private final ClassifierFactory classifiers;
    private final FeatureExtractor extractor;
    private final Segmenter segmenter;
    private final SampleCache samples;

    @Activate
    public EvaluationComponent(@Reference ClassifierFactory classifiers, @Reference MovieDecoder decoder,
            @Reference FeatureExtractor extractor, @Reference Segmenter segmenter, TrainingConfiguration configuration) {
        this.classifiers = classifiers;
        this.extractor = extractor;
        this.segmenter = segmenter;
        this.samples = new SampleCache(CacheFolder.of(configuration), decoder);
    }

    @Override
    public EvaluationReport evaluate(EvaluationRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        List<LabelledMovie> movies = chosen(request);
        try (Classifier classifier = classifiers.open(request.model())) {
            return evaluate(request, movies, classifier, listener, cancellation);
        }
    }

    private EvaluationReport evaluate(EvaluationRequest request, List<LabelledMovie> movies, Classifier classifier,
            TrainingListener listener, Cancellation cancellation)
            throws MediaException, ClassificationException, TrainingCancelledException, IOException {
        Confusion seconds = new Confusion(0, 0, 0, 0);
        SceneMetrics scenes = new SceneMetrics(0, 0, 0);
        for (int m = 0; m < movies.size(); m++) {
            LabelledMovie movie = movies.get(m);
            listener.stage("evaluating", m, movies.size());
            float[] probabilities = probabilities(movie, classifier, cancellation);
            seconds = Scoring.sum(seconds, Scoring.confusion(probabilities, movie.kissing()));
            scenes = Scoring.sum(scenes, Scoring.scenes(movie, probabilities, segmenter, request.segmentation()));
        }
        listener.stage("evaluating", movies.size(), movies.size());
        return new EvaluationReport(classifier.model(), request.split(), movies.size(), seconds, scenes);
    }

    private List<LabelledMovie> chosen(EvaluationRequest request) throws AnnotationException {
        List<LabelledMovie> movies = Examples.read(request.annotations());
        if (request.split().equals("all")) {
            return movies;
        }
        List<String> names;
        try {
            names = MovieSplit.of(movies.stream().map(LabelledMovie::name).toList(), request.seed())
                    .part(request.split());
        } catch (IllegalArgumentException e) {
            throw new AnnotationException(request.annotations(), 0, e.getMessage());
        }
        return movies.stream().filter(m -> names.contains(m.name())).toList();
    }

    private float[] probabilities(LabelledMovie movie, Classifier classifier, Cancellation cancellation)
            throws MediaException, IOException, TrainingCancelledException, ClassificationException {
        float[] probabilities = new float[movie.size()];
        Optional<ClipPreprocessing> clip = classifier.clipInput();
        try (MovieSamples cached = samples.open(movie, cancellation, notice -> { },
                clip.map(ClipPreprocessing::decoding))) {
            for (int from = 0; from < movie.size(); from += classifier.batchSize()) {
                if (cancellation.isCancelled()) {
                    throw new TrainingCancelledException("evaluation cancelled at " + movie.name());
                }
                List<ModelInput> batch = new ArrayList<>();
                for (int i = from; i < Math.min(movie.size(), from + classifier.batchSize()); i++) {
                    batch.add(clip.isPresent() ? extractor.extract(cached.read(i), clip.get())
                            : extractor.extract(cached.read(i)));
                }
                float[] scores = classifier.kissingProbabilities(batch);
                System.arraycopy(scores, 0, probabilities, from, scores.length);
            }
        }
        return probabilities;
    }
}
