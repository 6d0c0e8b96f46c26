package org.kissdetect.resnet3d.internal.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.spi.ModelRuntime;
import org.kissdetect.resnet3d.internal.inference.KineticsClassifier;
import org.kissdetect.resnet3d.internal.inference.LoadedR3d34;

/**
 * A loaded Kinetics model as the factory's {@link Classifier}: it asks for its clip ({@link #clipInput()}), checks
 * that every input carries one of the right length with finite values (a {@code clip+audio} detector also takes each
 * input's log-mel patch), and runs them in slices of the batch size on
 * the factory's threads. Thread-safe; closing frees the network.
 */
final class KineticsDetector implements Classifier {

    /**
     * The most clips a pass takes, whatever the factory's batch size (sized for the 2D detector): on 2 cores at
     * 112 px, batches of 4 ran at 5.0 clips/s against 3.1 at 16 ({@code bench resnet3d}, {@code bench detect
     * model=kinetics}), and each clip's activations take a quarter of the memory.
     */
    static final int MAX_BATCH = 4;

    private final KineticsClassifier classifier;
    private final ModelDescriptor descriptor;
    private final ClipPreprocessing clip;
    private final ModelRuntime runtime;

    KineticsDetector(KineticsClassifier classifier, ModelDescriptor descriptor, ModelRuntime runtime) {
        this.classifier = classifier;
        this.descriptor = descriptor;
        this.clip = classifier.metadata().preprocessing().forExtraction();
        this.runtime = runtime;
    }

    @Override
    public ModelDescriptor model() {
        return descriptor;
    }

    @Override
    public int batchSize() {
        return Math.min(runtime.batchSize(), MAX_BATCH);
    }

    @Override
    public Optional<ClipPreprocessing> clipInput() {
        return Optional.of(clip);
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        List<float[]> clips = clips(batch);
        List<float[]> patches = classifier.metadata().hasAudio() ? batch.stream().map(ModelInput::audio).toList()
                : null;
        float[] probabilities = new float[clips.size()];
        for (int from = 0; from < clips.size(); from += batchSize()) {
            int to = Math.min(clips.size(), from + batchSize());
            float[] slice = classifier.kissingProbabilities(clips.subList(from, to),
                    patches == null ? null : patches.subList(from, to), runtime.threads());
            System.arraycopy(slice, 0, probabilities, from, slice.length);
        }
        return probabilities;
    }

    /**
     * The map of the clip's last frame (the second's still, at the clip's crop size): the gradient of the kissing
     * logit, before the softmax over the model's classes, the sound held fixed.
     */
    @Override
    public Optional<Saliency> saliency(ModelInput input) throws ClassificationException {
        float[] values = clips(java.util.Collections.singletonList(input)).get(0);
        LoadedR3d34.LastFrameSaliency map = classifier.saliency(values,
                classifier.metadata().hasAudio() ? input.audio() : null, runtime.threads());
        return Optional.of(new Saliency(input.second(), clip.crop(), clip.crop(), map.magnitudes(), map.logit()));
    }

    private List<float[]> clips(List<ModelInput> batch) {
        if (batch == null) {
            throw new IllegalArgumentException("no batch to classify (null)");
        }
        List<float[]> clips = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ModelInput input = batch.get(i);
            if (input == null) {
                throw new IllegalArgumentException("input " + i + " of the batch is null");
            }
            String which = "input " + i + " (second " + input.second() + ")";
            if (!input.hasClip()) {
                throw new IllegalArgumentException(which + " has no clip: model " + descriptor.id() + " looks at "
                        + clip.frames() + " frames a second; extract its inputs with the classifier's clipInput()");
            }
            float[] values = input.clip();
            if (values.length != clip.tensorLength()) {
                throw new IllegalArgumentException(which + " has a clip of " + values.length + " values, model "
                        + descriptor.id() + " needs " + clip.tensorLength() + " (3 x " + clip.frames() + " x "
                        + clip.crop() + " x " + clip.crop() + ")");
            }
            for (int at = 0; at < values.length; at++) {
                if (!Float.isFinite(values[at])) {
                    throw new IllegalArgumentException(which + ": clip value " + at + " is " + values[at]);
                }
            }
            clips.add(values);
        }
        return clips;
    }

    @Override
    public void close() {
        classifier.close();
    }
}
