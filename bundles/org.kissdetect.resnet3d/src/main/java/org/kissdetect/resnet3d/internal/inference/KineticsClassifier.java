package org.kissdetect.resnet3d.internal.inference;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.nn.Vggish;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;

import ai.djl.engine.EngineException;

/**
 * A Kinetics action model ready to say how probable kissing is in clips: the softmax over all the checkpoint's
 * classes, read at the index of {@code kissing} in the class list of its metadata. Clips are given prepared as the
 * metadata's {@link ClipPreprocessing} says (by the feature extractor, from {@link ClipPreprocessing#forExtraction()}).
 * Thread-safe; closing frees libtorch's memory at once, after passes in flight.
 */
public final class KineticsClassifier implements AutoCloseable {

    private final Path directory;
    private final KineticsMetadata metadata;
    private final String metadataSha256;
    private final LoadedR3d34 network;

    private KineticsClassifier(Path directory, KineticsMetadata metadata, String metadataSha256,
            LoadedR3d34 network) {
        this.directory = directory;
        this.metadata = metadata;
        this.metadataSha256 = metadataSha256;
        this.network = network;
    }

    /**
     * Verifies a model directory (every file's sha256, the metadata, the parameters' names and shapes) and loads
     * it.
     *
     * @param directory the model directory
     * @param gpu       whether to run on a GPU when libtorch sees one
     * @return the classifier; close it
     * @throws ModelException naming the file (and field or tensor) at fault, or why libtorch cannot start
     */
    public static KineticsClassifier load(Path directory, boolean gpu) throws ModelException {
        KineticsModelDirectory.Contents contents = KineticsModelDirectory.read(directory);
        KineticsMetadata metadata = contents.metadata();
        Path parameters = directory.resolve(metadata.parameters());
        LoadedR3d34 network = R3d34Loader.load(parameters, metadata.shortcutType(), metadata.classes().size(),
                metadata.hasAudio(), contents.parameters(), R3d34Loader.device(gpu));
        return new KineticsClassifier(directory, metadata, contents.metadataSha256(), network);
    }

    /** @return its metadata: id, version, classes, threshold, preprocessing */
    public KineticsMetadata metadata() {
        return metadata;
    }

    /** @return where it runs, as libtorch names it: {@code cpu()}, {@code gpu(0)} */
    public String device() {
        return network.device();
    }

    /** @return the sha256 of its {@code metadata.json}, which pins every other file: the model's content */
    public String metadataSha256() {
        return metadataSha256;
    }

    /**
     * The probability of kissing in each clip.
     *
     * @param clips   prepared clips, each {@link ClipPreprocessing#clipLength()} floats (C, T, H, W)
     * @param threads libtorch's intra-op threads for this call on the CPU, 0 to leave its setting
     * @return per clip, the softmax probability of the positive class
     * @throws ClassificationException when a clip has the wrong length, libtorch fails, or the model was closed
     */
    public float[] kissingProbabilities(List<float[]> clips, int threads) throws ClassificationException {
        return kissingProbabilities(clips, null, threads);
    }

    /**
     * The probability of kissing in each second.
     *
     * @param clips   prepared clips, each {@link ClipPreprocessing#clipLength()} floats (C, T, H, W)
     * @param patches for a model with the audio branch ({@link KineticsMetadata#hasAudio()}), each second's log-mel
     *                patch of 96 x 64 floats; else {@code null}
     * @param threads libtorch's intra-op threads for this call on the CPU, 0 to leave its setting
     * @return per second, the softmax probability of the positive class
     * @throws ClassificationException when a clip or patch has the wrong length or is missing, libtorch fails, or
     *                                 the model was closed
     */
    public float[] kissingProbabilities(List<float[]> clips, List<float[]> patches, int threads)
            throws ClassificationException {
        if (clips.isEmpty()) {
            return new float[0];
        }
        ClipPreprocessing p = metadata.preprocessing();
        int length = p.clipLength();
        float[] batch = new float[Math.multiplyExact(length, clips.size())];
        for (int i = 0; i < clips.size(); i++) {
            float[] clip = clips.get(i);
            if (clip.length != length) {
                throw new ClassificationException("clip " + i + " has " + clip.length + " values, model "
                        + metadata.id() + " needs " + length + " (3 x " + p.frames() + " x " + p.centerCrop() + " x "
                        + p.centerCrop() + ")", null);
            }
            System.arraycopy(clip, 0, batch, i * length, length);
        }
        float[] sound = patchBatch(clips.size(), patches);
        float[] logits;
        try {
            logits = network.forward(batch, sound, clips.size(), p.frames(), p.centerCrop(), threads).logits();
        } catch (IllegalStateException e) {
            throw new ClassificationException("model " + directory + " was closed", e);
        } catch (EngineException e) {
            throw new ClassificationException("libtorch failed on " + clips.size() + " clips of model " + directory
                    + ": " + e.getMessage(), e);
        }
        float[] probabilities = Softmax.at(logits, network.classes(), metadata.positiveIndex());
        for (int i = 0; i < probabilities.length; i++) {
            if (Float.isNaN(probabilities[i])) {
                throw new ClassificationException("model " + directory + " gave no probability for clip " + i
                        + " (non-finite logits: a damaged input or parameters)", null);
            }
        }
        return probabilities;
    }

    /**
     * Where the kissing logit (before the softmax over all classes) looks in one second's clip: the map of its last
     * frame (see {@link LoadedR3d34#lastFrameSaliency}).
     *
     * @param clip    a prepared clip, {@link ClipPreprocessing#clipLength()} floats (C, T, H, W)
     * @param patch   for a model with the audio branch, the second's log-mel patch, held fixed; else {@code null}
     * @param threads libtorch's intra-op threads for this call on the CPU, 0 to leave its setting
     * @return the map, {@code centerCrop} x {@code centerCrop}, and the logit
     * @throws ClassificationException as {@link #kissingProbabilities(List, List, int)}, or when the gradient is not
     *                                 finite
     */
    public LoadedR3d34.LastFrameSaliency saliency(float[] clip, float[] patch, int threads)
            throws ClassificationException {
        ClipPreprocessing p = metadata.preprocessing();
        if (clip.length != p.clipLength()) {
            throw new ClassificationException("the clip has " + clip.length + " values, model " + metadata.id()
                    + " needs " + p.clipLength(), null);
        }
        float[] sound = patchBatch(1, patch == null ? null : List.of(patch));
        LoadedR3d34.LastFrameSaliency saliency;
        try {
            saliency = network.lastFrameSaliency(clip, sound, p.frames(), p.centerCrop(), metadata.positiveIndex(),
                    threads);
        } catch (IllegalStateException e) {
            throw new ClassificationException("model " + directory + " was closed", e);
        } catch (EngineException e) {
            throw new ClassificationException("libtorch failed on the gradient of a clip of model " + directory + ": "
                    + e.getMessage(), e);
        }
        boolean finite = Float.isFinite(saliency.logit());
        for (float value : saliency.magnitudes()) {
            finite &= Float.isFinite(value);
        }
        if (!finite) {
            throw new ClassificationException("model " + directory + " gave a non-finite gradient (a damaged input or"
                    + " parameters)", null);
        }
        return saliency;
    }

    private float[] patchBatch(int count, List<float[]> patches) throws ClassificationException {
        if (!metadata.hasAudio()) {
            if (patches != null) {
                throw new ClassificationException("model " + metadata.id() + " has no audio branch: it takes no"
                        + " log-mel patches", null);
            }
            return null;
        }
        if (patches == null || patches.size() != count) {
            throw new ClassificationException("model " + metadata.id() + " (" + KineticsMetadata.CLIP_AUDIO
                    + ") needs a log-mel patch for each of its " + count + " clips, got "
                    + (patches == null ? "none" : patches.size()), null);
        }
        int length = Math.toIntExact(Vggish.PATCH.size());
        float[] batch = new float[Math.multiplyExact(length, count)];
        for (int i = 0; i < count; i++) {
            float[] patch = patches.get(i);
            if (patch.length != length) {
                throw new ClassificationException("log-mel patch " + i + " has " + patch.length + " values, model "
                        + metadata.id() + " needs " + length + " (96 x 64)", null);
            }
            System.arraycopy(patch, 0, batch, i * length, length);
        }
        return batch;
    }

    /** Frees libtorch's memory once no pass is running; later calls fail. */
    @Override
    public void close() {
        network.close();
    }
}
