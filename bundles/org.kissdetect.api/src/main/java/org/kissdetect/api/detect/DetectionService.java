package org.kissdetect.api.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.segment.SegmentationParameters;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds kissing scenes in movies: decode, extract features, classify in batches, segment. Thread-safe: several
 * movies may be detected at once, sharing one loaded model.
 */
@ProviderType
public interface DetectionService {

    /**
     * Detects the scenes of one movie, or re-segments its cached scores when they are fresh (same model, same
     * movie size and modification time).
     *
     * @param request      the movie, the model and the parameters
     * @param listener     told about progress
     * @param cancellation asked whether to stop
     * @return the scenes and the per-second probabilities
     * @throws MediaException               when the movie cannot be decoded
     * @throws ModelException               when the model cannot be loaded
     * @throws ClassificationException      when the engine fails
     * @throws DetectionCancelledException when {@code cancellation} asked to stop
     */
    Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException;

    /**
     * The detection that cached scores would give, without running any model.
     *
     * @param request the movie, the model and the parameters
     * @return the re-segmented detection, or empty when there are no fresh scores for this movie and model
     * @throws ModelException when the model cannot be identified
     */
    Optional<Detection> cached(DetectionRequest request) throws ModelException;

    /**
     * Re-segments a scores file written by an earlier detection.
     *
     * @param scoresFile a scores file, as named by {@link Detection#scoresFile()}
     * @param parameters how to join seconds into scenes
     * @return the detection with new scenes
     * @throws IOException when the file cannot be read or is not a scores file
     */
    Detection resegment(Path scoresFile, SegmentationParameters parameters) throws IOException;
}
