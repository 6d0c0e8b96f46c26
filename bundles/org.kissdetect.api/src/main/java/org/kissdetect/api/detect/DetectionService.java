package org.kissdetect.api.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
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
     * Detects the scenes of one movie, or re-segments its cached scores when they are fresh (a model with the
     * same content, the same movie file unchanged). A run that was cancelled earlier resumes from the seconds it
     * had classified, and says so in {@link Detection#warnings()}. Scores that cannot be kept in the cache do
     * not fail the detection: {@link Detection#scoresFile()} is then {@code null} and a warning says why.
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
     * Detects as {@link #detect(DetectionRequest, ProgressListener, Cancellation)} does, showing every decoded
     * second to {@code observer} on the way, so that a caller can take what it needs from the one decoding pass.
     * When the scores come from the cache nothing is decoded and the observer sees nothing. This default detects
     * without showing any second; an implementation that decodes overrides it.
     *
     * @param request      the movie, the model and the parameters
     * @param listener     told about progress
     * @param cancellation asked whether to stop
     * @param observer     shown each decoded second, see {@link SecondObserver}
     * @return the scenes and the per-second probabilities
     * @throws MediaException               when the movie cannot be decoded
     * @throws ModelException               when the model cannot be loaded
     * @throws ClassificationException      when the engine fails
     * @throws DetectionCancelledException when {@code cancellation} asked to stop
     * @since 1.2
     */
    default Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation,
            SecondObserver observer)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        return detect(request, listener, cancellation);
    }

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
     * @param scoresFile a scores file, as named by {@link Detection#scoresFile()} or written by
     *                   {@link #writeScores}
     * @param parameters how to join seconds into scenes
     * @return the detection with new scenes
     * @throws IOException when the file cannot be read, is not a scores file, or holds values that cannot
     *                     describe a movie (a negative duration, no frame rate, more seconds than the movie);
     *                     the message names the file and the value
     */
    Detection resegment(Path scoresFile, SegmentationParameters parameters) throws IOException;

    /**
     * Writes the per-second scores of a detection as a scores file that {@link #resegment} reads: to put them
     * beside markers, also when the score cache could not keep them ({@link Detection#scoresFile()} is
     * {@code null}). This default copies {@link Detection#scoresFile()}.
     *
     * @param detection a detection made by this service
     * @param out       where to write; not closed
     * @throws IOException when writing fails, or the scores cannot be had
     * @since 1.1
     */
    default void writeScores(Detection detection, OutputStream out) throws IOException {
        if (detection.scoresFile() == null) {
            throw new IOException("the scores of " + detection.movie().file() + " were not kept");
        }
        Files.copy(detection.scoresFile(), out);
    }

    /**
     * Scores the seconds of {@code range} alone, without the score cache and without segmenting: each probability
     * is the very number {@link #detect} gives that second, whatever the range (batches are formed as in a whole
     * detection, and a decoder that can seek starts decoding early enough that the seconds it hands out are
     * those of a pass from the start). An empty range ({@code [s, s)}) opens the movie and loads the model and
     * classifies nothing: it tells what the movie is and which model would score it. The movie file is read,
     * never written; nothing is kept.
     *
     * @param movie          the movie file
     * @param modelDirectory the detector model directory
     * @param range          the seconds wanted
     * @param cancellation   asked whether to stop
     * @return the range's probabilities
     * @throws MediaException               when the movie cannot be decoded
     * @throws ModelException               when the model cannot be loaded
     * @throws ClassificationException      when the engine fails
     * @throws DetectionCancelledException when {@code cancellation} asked to stop
     * @throws UnsupportedOperationException when this service cannot score ranges (this default)
     * @since 1.3
     */
    default RangeScores score(Path movie, Path modelDirectory, SecondRange range, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        throw new UnsupportedOperationException(getClass().getName() + " cannot score a range of seconds");
    }
}
