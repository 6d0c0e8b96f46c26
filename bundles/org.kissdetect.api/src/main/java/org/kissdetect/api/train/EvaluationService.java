package org.kissdetect.api.train;

import java.io.IOException;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Evaluates a detector on annotated movies: per second (precision, recall, F1, confusion counts) over the
 * annotated seconds, and per scene (precision and recall at intersection over union 0.5) after segmenting each
 * movie's annotated seconds, the others counting as not kissing.
 */
@ProviderType
public interface EvaluationService {

    /**
     * Runs the model on every annotated second of the chosen movies.
     *
     * @param request      the model, the annotations, the split and the segmentation
     * @param listener     told about progress
     * @param cancellation asked, between batches, whether to stop
     * @return the results
     * @throws AnnotationException         when the annotation file is unusable
     * @throws MediaException              when a movie cannot be decoded
     * @throws ModelException              when the model cannot be loaded
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when the sample cache cannot be written
     */
    EvaluationReport evaluate(EvaluationRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException;
}
