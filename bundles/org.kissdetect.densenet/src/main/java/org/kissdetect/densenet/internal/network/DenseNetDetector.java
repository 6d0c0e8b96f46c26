package org.kissdetect.densenet.internal.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.kissdetect.nn.Vggish;

/**
 * The paper's Table 2 detector: DenseNet-121 on the still ({@code image}, 1024 features), with VGGish on the
 * second's log-mel patch beside it ({@code audio}, 128) for {@code densenet121+audio}, their features concatenated,
 * then {@code classifier}, Linear(1024, 2) or Linear(1152, 2) to two logits (class 1 is kissing). Input: images
 * (N, 3, 224, 224), then patches (N, 1, 96, 64) when it has audio. Parameters carry reference names
 * ({@code image.features.conv0.weight}, {@code audio.features.0.weight}, {@code classifier.weight}): the audio
 * branch is named as the 2D detectors name theirs, so a seed or a file gives both the same VGGish.
 */
public final class DenseNetDetector extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block image;
    private final Block audio;
    private final Block classifier;

    /** @param withAudio whether it has the audio branch ({@code densenet121+audio}) */
    public DenseNetDetector(boolean withAudio) {
        super(VERSION);
        image = addChildBlock("image", DenseNet121.build());
        audio = withAudio ? addChildBlock("audio", Vggish.build()) : null;
        classifier = addChildBlock("classifier", Linear.builder().setUnits(2).build());
    }

    /** @return whether it takes each second's log-mel patch */
    public boolean hasAudio() {
        return audio != null;
    }

    /** @return the width of the features its linear layer sees: 1024, or 1152 with audio */
    public int featureWidth() {
        return DenseNet121.FEATURES + (audio == null ? 0 : Vggish.FEATURES);
    }

    /** @return the variant's name, {@code densenet121} or {@code densenet121+audio} */
    public String variant() {
        return audio == null ? "densenet121" : "densenet121+audio";
    }

    /** @return the linear layer, features in, two logits out */
    public Block head() {
        return classifier;
    }

    /**
     * @param batch the number of samples
     * @return the shapes of its inputs for a batch
     */
    public Shape[] inputShapes(int batch) {
        Shape images = new Shape(batch).addAll(DenseNet121.IMAGE);
        return audio == null ? new Shape[] {images} : new Shape[] {images, new Shape(batch).addAll(Vggish.PATCH)};
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray joined = features(parameterStore, inputs, training);
        NDList logits = classifier.forward(parameterStore, new NDList(joined), training, params);
        joined.close();
        return logits;
    }

    /**
     * Runs the backbones and joins their outputs, as the linear layer sees them.
     *
     * @param parameterStore where the parameters come from
     * @param inputs         images, then patches when it has audio
     * @param training       whether batch norm uses and updates batch statistics
     * @return (N, {@link #featureWidth()}): image features, then audio features
     */
    public NDArray features(ParameterStore parameterStore, NDList inputs, boolean training) {
        NDArray seen = image.forward(parameterStore, new NDList(inputs.get(0)), training, null).singletonOrThrow();
        if (audio == null) {
            return seen;
        }
        NDArray heard = audio.forward(parameterStore, new NDList(inputs.get(1)), training, null).singletonOrThrow();
        NDArray joined = NDArrays.concat(new NDList(seen, heard), 1);
        seen.close();
        heard.close();
        return joined;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 2)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        image.initialize(manager, dataType, inputShapes[0]);
        if (audio != null) {
            audio.initialize(manager, dataType, inputShapes[1]);
        }
        classifier.initialize(manager, dataType, new Shape(inputShapes[0].get(0), featureWidth()));
    }
}
