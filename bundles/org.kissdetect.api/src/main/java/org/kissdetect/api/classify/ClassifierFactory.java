package org.kissdetect.api.classify;

import java.nio.file.Path;
import java.util.Optional;

import org.kissdetect.api.features.ClipPreprocessing;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads detector model directories. A directory is loaded once and shared by every caller while the factory keeps
 * it; each call returns a handle that its caller closes when done, so that a model the factory no longer keeps is
 * freed once nobody uses it.
 */
@ProviderType
public interface ClassifierFactory {

    /**
     * Loads (or shares the already loaded) detector in a model directory, after checking the sha256 of every
     * file against its {@code metadata.json}.
     *
     * @param modelDirectory a directory holding {@code metadata.json} and the parameters it lists
     * @return a handle on the loaded classifier, to be closed by the caller
     * @throws ModelException when the directory, its metadata or a weight file is missing, broken or does not match
     */
    Classifier open(Path modelDirectory) throws ModelException;

    /**
     * Identifies the detector in a model directory without running it, to tell whether cached scores came from
     * it. An implementation should read only the metadata; this default loads the model.
     *
     * @param modelDirectory a directory holding {@code metadata.json}
     * @return the model's id, version and variant
     * @throws ModelException when the directory or its metadata is missing or broken
     * @since 1.1
     */
    default ModelDescriptor describe(Path modelDirectory) throws ModelException {
        return open(modelDirectory).model();
    }

    /**
     * The clip of frames the detector in a model directory takes with each second (see
     * {@link Classifier#clipInput()}), so that a caller can start decoding the movie while the model loads. An
     * implementation should tell it from the metadata when it can; this default loads the model.
     *
     * @param modelDirectory a directory holding {@code metadata.json}
     * @return how the model wants its clip, if it takes one
     * @throws ModelException when the directory or its metadata is missing or broken
     * @since 1.4
     */
    default Optional<ClipPreprocessing> clipInput(Path modelDirectory) throws ModelException {
        try (Classifier classifier = open(modelDirectory)) {
            return classifier.clipInput();
        }
    }
}
