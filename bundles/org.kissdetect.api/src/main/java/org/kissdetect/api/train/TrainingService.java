package org.kissdetect.api.train;

import java.io.IOException;
import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Trains detectors on annotated movies, as the paper does: every second of an annotated scene is an example;
 * movies are split 80/10/10 into train, validation and test; batches are shuffled every epoch, training seconds
 * augmented; the epoch with the best validation F1 is kept. Decoded seconds, and features of frozen backbones,
 * are cached on disk under a hash of what they were computed from.
 */
@ProviderType
public interface TrainingService {

    /**
     * Trains one model and writes it with its provenance (annotation file hash, settings, split, every epoch's
     * metrics, test results). A checkpoint is written after every epoch; cancelling leaves the last one intact.
     *
     * @param request      what to train
     * @param listener     told about progress
     * @param cancellation asked, between batches, whether to stop
     * @return the results
     * @throws AnnotationException         when the annotation file is unusable
     * @throws MediaException              when an annotated movie cannot be decoded
     * @throws ModelException              when a weight file or the checkpoint is unusable
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when a cache, checkpoint or model file cannot be written
     */
    TrainingReport train(TrainingRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException;

    /**
     * Trains the six rows of the ablation on one split and reports each one's validation results. Frozen
     * backbones embed each second once for all the rows that share them.
     *
     * @param request      the annotations, the epochs and the backbones
     * @param listener     told about progress
     * @param cancellation asked, between batches, whether to stop
     * @return the rows: last-layer before all, each as both, image, audio
     * @throws AnnotationException         when the annotation file is unusable
     * @throws MediaException              when an annotated movie cannot be decoded
     * @throws ModelException              when a weight file is unusable
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when a cache or checkpoint cannot be written
     */
    List<AblationRow> ablation(AblationRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException;

    /**
     * Trains each network of a sweep on one split, in order, and reports every epoch of each (validation and
     * training-split results). Rows whose backbones are frozen embed each second once for all the rows that share
     * those backbones. Every row's trainer is looked up before anything is trained: a variant no installed bundle
     * trains fails the whole sweep at once, naming the missing bundle.
     *
     * @param request      the annotations, the networks and the epochs
     * @param listener     told about progress
     * @param cancellation asked, between batches, whether to stop
     * @return the rows, in the request's order
     * @throws AnnotationException         when the annotation file is unusable
     * @throws MediaException              when an annotated movie cannot be decoded
     * @throws ModelException              when a weight file is unusable
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when a cache or checkpoint cannot be written
     * @throws IllegalStateException       when no installed bundle trains one of the variants
     * @since 2.3
     */
    default List<SweepRow> sweep(SweepRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        throw new UnsupportedOperationException("this training service cannot run sweeps");
    }

    /**
     * Trains the linear layer of a detector on labelled spans, with the caller's split, and writes its model
     * directory with its provenance. The movies are embedded whole, once per movie content and backbone weights,
     * and the embeddings cached, so that training again after a label changes decodes nothing. Cancelling, or a
     * failure, writes no model directory.
     *
     * @param request      what to train
     * @param listener     told about progress
     * @param cancellation asked, between batches, whether to stop
     * @return the results
     * @throws AnnotationException         when the spans contradict each other or hold no whole second
     * @throws MediaException              when a movie cannot be decoded or ends before a labelled second
     * @throws ModelException              when a weight file is unusable
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when a cache, checkpoint or model file cannot be written, or the output
     *                                     exists
     * @since 2.2
     */
    default SpanTrainingReport trainOnSpans(SpanTrainingRequest request, TrainingListener listener,
            Cancellation cancellation) throws AnnotationException, MediaException, ModelException,
            ClassificationException, TrainingCancelledException, IOException {
        throw new UnsupportedOperationException("this training service cannot train on labelled spans");
    }
}
