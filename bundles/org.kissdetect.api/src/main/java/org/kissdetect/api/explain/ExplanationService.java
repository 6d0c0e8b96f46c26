package org.kissdetect.api.explain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Explains single seconds of a movie with saliency maps, and draws them.
 */
@ProviderType
public interface ExplanationService {

    /**
     * Decodes the second {@code request} names (as a detection decodes it), runs the model on it forwards and
     * backwards, and returns the map. Decoders cannot seek: the movie is decoded from its start up to the second.
     * Cancelling while it decodes ends the call with a {@link java.util.concurrent.CancellationException}.
     *
     * @param request      the movie, the time and the model
     * @param cancellation asked while decoding whether to stop
     * @return the explanation
     * @throws MediaException          when the movie cannot be decoded, or ends before the time asked
     * @throws ModelException          when the model cannot be loaded, or cannot explain itself (a model kind
     *                                 without gradients), naming it
     * @throws ClassificationException when the engine fails
     */
    Explanation explain(ExplanationRequest request, Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException;

    /**
     * Explains several seconds of one movie in one decoding pass, up to the last of them: what a report needs for
     * the scenes of a long film, which asking {@link #explain} for each would decode again from the start. This
     * default asks {@link #explain} for each second.
     *
     * @param movie          the movie
     * @param seconds        indices of seconds, each from 0, in any order; repeats are explained once
     * @param modelDirectory the model directory, as for a detection
     * @param cancellation   asked while decoding whether to stop
     * @return one explanation per distinct second, in increasing order of second
     * @throws MediaException          when the movie cannot be decoded, or ends before the last second asked
     * @throws ModelException          when the model cannot be loaded, or cannot explain itself, naming it
     * @throws ClassificationException when the engine fails
     */
    default List<Explanation> explainSeconds(Path movie, Collection<Integer> seconds, Path modelDirectory,
            Cancellation cancellation) throws MediaException, ModelException, ClassificationException {
        List<Explanation> explanations = new ArrayList<>();
        for (int second : new TreeSet<>(seconds)) {
            explanations.add(explain(new ExplanationRequest(movie, second, modelDirectory), cancellation));
        }
        return explanations;
    }

    /**
     * Draws the map as a heat overlay on the picture the model saw: transparent where the gradient is zero,
     * through yellow to red at the top of the map's scale (an implementation may take a high percentile of the map
     * rather than its largest value, so that a few hot pixels do not hide the rest), and writes it as a PNG.
     *
     * @param explanation the explanation
     * @param png         the file to write; written beside under a hidden name and renamed, never left half-written
     * @throws IOException when the file cannot be written
     */
    void writeOverlay(Explanation explanation, Path png) throws IOException;
}
