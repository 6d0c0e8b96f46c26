package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;

/**
 * What the classifier takes of a decoded second: its still and sound, and the clip when the model asks for one. A
 * second the extractor refuses is the movie's fault, named with its time.
 *
 * @param features the feature extractor
 * @param clip     the clip of frames the model takes with each second, if any
 */
record SecondFeatures(FeatureExtractor features, Optional<ClipPreprocessing> clip) {

    ModelInput of(Path movie, SecondSample sample) throws MediaException {
        try {
            return clip.isPresent() ? features.extract(sample, clip.get()) : features.extract(sample);
        } catch (IllegalArgumentException e) {
            throw new MediaException(movie, sample.second(), e.getMessage(), e);
        }
    }
}
