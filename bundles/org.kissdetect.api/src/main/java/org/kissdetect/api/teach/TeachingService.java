package org.kissdetect.api.teach;

import java.io.IOException;
import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.osgi.annotation.versioning.ProviderType;

/** Teaches detectors from an editor's labels. */
@ProviderType
public interface TeachingService {

    /** The fewest labelled seconds of each class that teaching accepts. */
    int MINIMUM_SECONDS_PER_CLASS = 20;

    /**
     * Teaches a detector: checks the labels, splits them (by movie when they span at least three movies, else by
     * labelled scene), trains with the paper's protocol and writes a new model directory in the models folder,
     * never touching an existing one. A failure or a cancellation writes no model directory.
     *
     * @param request      the labels and the settings
     * @param listener     told about progress, epoch by epoch
     * @param cancellation asked, between batches, whether to stop
     * @return the model and how it did on the held-out labels
     * @throws TeachingException           when the labels cannot teach a useful detector (too few of a class)
     * @throws MediaException              when a labelled movie cannot be decoded
     * @throws ModelException              when a backbone file is unusable
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when the models folder or a cache cannot be written
     */
    TeachingResult teach(TeachingRequest request, TrainingListener listener, Cancellation cancellation)
            throws TeachingException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException;

    /**
     * The spans where a model is least sure: runs of seconds whose probability lies near the threshold, the
     * least sure first.
     *
     * @param probabilities one kissing probability per second of a movie
     * @param threshold     the probability from which a second counts as kissing
     * @param count         the most spans wanted
     * @return up to {@code count} spans, the least sure first
     */
    List<UncertainSpan> uncertainSpans(float[] probabilities, double threshold, int count);
}
