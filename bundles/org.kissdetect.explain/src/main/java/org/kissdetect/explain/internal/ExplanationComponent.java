package org.kissdetect.explain.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
 * extracts the second's inputs, and asks the model for its probability and its saliency map. Cancelling while
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
        try (Classifier classifier = classifiers.open(request.modelDirectory())) {
            Optional<ClipPreprocessing> clip = classifier.clipInput();
            SecondSample sample = SecondDecoding.decode(decoder, request.movie(), second,
                    clip.map(ClipPreprocessing::decoding), request.atSeconds(), cancellation);
            ModelInput input = extract(request.movie(), sample, clip);
            Saliency saliency = classifier.saliency(input)
                    .orElseThrow(() -> cannotExplain(request.modelDirectory(), classifier.model()));
            float probability = classifier.kissingProbabilities(List.of(input))[0];
            RgbImage picture = clip.isPresent() ? ModelPicture.lastClipFrame(input, clip.get())
                    : ModelPicture.still(input);
            return new Explanation(second, picture, probability, saliency, classifier.model());
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
