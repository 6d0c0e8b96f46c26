package org.kissdetect.api.train;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The demo model: a detector trained on the synthetic set ({@code org.kissdetect.synthetic}). It detects the synthetic
 * signature of generated films, not kissing in real ones. Its directory is hundreds of megabytes, so only what
 * rebuilds it exactly is shipped: the seed of its random backbones and its trained linear layer.
 */
@ProviderType
public interface DemoModel {

    /**
     * Where the demo model lives unless a caller says otherwise: the system property {@code kissdetect.demo.model},
     * else {@code ~/.cache/kissdetect/models/demo}.
     *
     * @return the folder; it may not exist yet ({@link #ensure} makes it)
     */
    Path defaultDirectory();

    /** @return the warning to show wherever the demo model is used */
    String notice();

    /**
     * Makes sure a directory holds the demo model: kept when its files match the shipped hashes, else rebuilt from
     * the shipped seed and linear layer (seconds), or trained afresh on the synthetic set when the linear layer is
     * not shipped (minutes). The directory appears whole or not at all.
     *
     * @param directory    the model directory, such as {@code ~/.cache/kissdetect/models/demo}
     * @param listener     told about progress
     * @param cancellation asked whether to stop
     * @return {@code directory}
     * @throws ModelException              when the shipped files are damaged or the rebuilt model differs from them
     * @throws MediaException              when the synthetic set cannot be written or read (training only)
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when the directory cannot be written
     */
    Path ensure(Path directory, TrainingListener listener, Cancellation cancellation) throws ModelException,
            MediaException, ClassificationException, TrainingCancelledException, IOException;

    /**
     * The annotation file of the synthetic set the demo model is trained on, written with its films into the
     * cache when missing (a minute or so), so that training and evaluation work on a machine without annotated films.
     *
     * @param listener told about progress
     * @return the annotation file, beside the films it names
     * @throws MediaException when a film cannot be written
     * @throws IOException    when the cache cannot be written
     */
    Path syntheticAnnotations(TrainingListener listener) throws MediaException, IOException;

    /**
     * Trains the demo model afresh on the synthetic set with its shipped recipe, whatever is shipped, and writes it
     * with its linear layer beside ({@code head.safetensors}, the file to ship).
     *
     * @param directory    the model directory to write
     * @param listener     told about progress
     * @param cancellation asked whether to stop
     * @return the training results (the held-out F1 is {@code test().f1()})
     * @throws ModelException              when the engine cannot start
     * @throws MediaException              when the synthetic set cannot be written or read
     * @throws ClassificationException     when the engine fails
     * @throws TrainingCancelledException when cancelled
     * @throws IOException                 when a file cannot be written
     */
    TrainingReport retrain(Path directory, TrainingListener listener, Cancellation cancellation)
            throws ModelException, MediaException, ClassificationException, TrainingCancelledException, IOException;
}
