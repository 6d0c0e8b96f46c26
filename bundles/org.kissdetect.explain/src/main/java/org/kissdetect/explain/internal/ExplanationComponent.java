package org.kissdetect.explain.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.common.files.AtomicFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Explains one second: opens the model through the classifier factory (shared with detections), decodes the movie
 * with the exact decoder from its start up to the second (with the clip the model asks for, as a detection does),
 * extracts the second's inputs, and asks the model for its probability and its saliency map; several seconds are
 * explained in one pass up to the last. Cancelling while
 * decoding ends the call with a {@link java.util.concurrent.CancellationException}.
 */
@Component(service = ExplanationService.class)
public final class ExplanationComponent implements ExplanationService {

    private final MovieDecoder decoder;
    private final FeatureExtractor features;
    private final ClassifierFactory classifiers;

    @Activate
    public ExplanationComponent(@Reference(target = "(mode=exact)") MovieDecoder decoder,
            @Reference FeatureExtractor features, @Reference ClassifierFactory classifiers) {
        this.decoder = decoder;
        this.features = features;
        this.classifiers = classifiers;
    }

    @Override
    public Explanation explain(ExplanationRequest request, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException {
        int second = (int) Math.floor(request.atSeconds());
        return explainEach(request.movie(), new TreeSet<>(Set.of(second)), request.modelDirectory(),
                request.atSeconds(), cancellation).get(0);
    }

    @Override
    public List<Explanation> explainSeconds(Path movie, Collection<Integer> seconds, Path modelDirectory,
            Cancellation cancellation) throws MediaException, ModelException, ClassificationException {
        TreeSet<Integer> distinct = new TreeSet<>(seconds);
        if (!distinct.isEmpty() && distinct.first() < 0) {
            throw new IllegalArgumentException("seconds are counted from 0, got " + distinct.first());
        }
        return distinct.isEmpty() ? List.of()
                : explainEach(movie, distinct, modelDirectory, distinct.last(), cancellation);
    }

    private List<Explanation> explainEach(Path movie, SortedSet<Integer> seconds, Path modelDirectory,
            double lastTime, Cancellation cancellation) throws MediaException, ModelException, ClassificationException {
        try (Classifier classifier = classifiers.open(modelDirectory)) {
            Optional<ClipPreprocessing> clip = classifier.clipInput();
            List<Explanation> explanations = new ArrayList<>();
            ClassificationException[] failure = new ClassificationException[1];
            ModelException[] unexplainable = new ModelException[1];
            SecondDecoding.decodeEach(decoder, movie, seconds, clip.map(ClipPreprocessing::decoding), lastTime,
                    cancellation, sample -> {
                        if (failure[0] != null || unexplainable[0] != null) {
                            return;
                        }
                        ModelInput input = extract(movie, sample, clip);
                        try {
                            Optional<Saliency> saliency = classifier.saliency(input);
                            if (saliency.isEmpty()) {
                                unexplainable[0] = cannotExplain(modelDirectory, classifier.model());
                                return;
                            }
                            float probability = classifier.kissingProbabilities(List.of(input))[0];
                            RgbImage picture = clip.isPresent() ? ModelPicture.lastClipFrame(input, clip.get())
                                    : ModelPicture.still(input);
                            explanations.add(new Explanation(sample.second(), picture, probability, saliency.get(),
                                    classifier.model()));
                        } catch (ClassificationException e) {
                            failure[0] = e;
                        }
                    });
            if (unexplainable[0] != null) {
                throw unexplainable[0];
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            return explanations;
        }
    }

    private ModelInput extract(Path movie, SecondSample sample, Optional<ClipPreprocessing> clip)
            throws MediaException {
        try {
            return clip.isPresent() ? features.extract(sample, clip.get()) : features.extract(sample);
        } catch (IllegalArgumentException e) {
            throw new MediaException(movie, sample.second(), e.getMessage(), e);
        }
    }

    private static ModelException cannotExplain(Path directory, ModelDescriptor model) {
        return new ModelException(directory, "model " + model.id() + " " + model.version() + " (" + model.variant()
                + ") cannot show where it looked: it computes no gradient with respect to a picture (an audio-only "
                + "detector, or a kind of model without saliency maps)");
    }

    @Override
    public void writeOverlay(Explanation explanation, Path png) throws IOException {
        var image = HeatOverlay.draw(explanation.picture(), explanation.saliency());
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }
}
