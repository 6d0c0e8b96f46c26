package org.kissdetect.classify.internal.network;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.Vggish;

/**
 * The Kissing Detector: the backbones its {@link Variant} uses ({@code image}: ResNet-18, {@code audio}:
 * VGGish), their features concatenated, then {@code classifier}, a linear layer to two logits (class 1 is
 * kissing). Input: the arrays the variant uses, image (N, 3, 224, 224) before audio (N, 1, 96, 64). Training uses
 * it as saved, its parameters carrying reference names through {@link TorchNames}; inference uses its
 * {@linkplain #folded folded} form.
 */
public final class DetectorNetwork extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Variant variant;
    private final Block image;
    private final Block audio;
    private final Block classifier;

    /**
     * Builds an uninitialised detector.
     *
     * @param variant which backbones it uses
     */
    public DetectorNetwork(Variant variant) {
        this(variant, false);
    }

    private DetectorNetwork(Variant variant, boolean folded) {
        super(VERSION);
        this.variant = variant;
        image = !variant.usesImage() ? null
                : addChildBlock("image", folded ? ResNet18.buildFolded() : ResNet18.build());
        audio = variant.usesAudio() ? addChildBlock("audio", Vggish.build()) : null;
        classifier = addChildBlock("classifier", Layers.linear(2));
    }

    /**
     * Builds an uninitialised detector for inference only: its image backbone is {@link ResNet18#buildFolded()},
     * whose weights {@link BatchNormFolding} computes from a saved detector's.
     *
     * @param variant which backbones it uses
     * @return the detector
     */
    public static DetectorNetwork folded(Variant variant) {
        return new DetectorNetwork(variant, true);
    }

    /** @return which backbones this detector uses */
    public Variant variant() {
        return variant;
    }

    /**
     * The shapes {@link #initialize} needs for a batch.
     *
     * @param batch the number of samples
     * @return one shape per input the variant uses
     */
    public Shape[] inputShapes(int batch) {
        List<Shape> shapes = new ArrayList<>(2);
        if (image != null) {
            shapes.add(new Shape(batch).addAll(ResNet18.IMAGE));
        }
        if (audio != null) {
            shapes.add(new Shape(batch).addAll(Vggish.PATCH));
        }
        return shapes.toArray(Shape[]::new);
    }

    /** @return the image backbone, null when the variant has none */
    public Block image() {
        return image;
    }

    /** @return the final linear layer, features in, two logits out */
    public Block classifier() {
        return classifier;
    }

    /** @return the backbones the variant uses, image first */
    public List<Block> backbones() {
        List<Block> backbones = new ArrayList<>(2);
        for (Block backbone : new Block[] {image, audio}) {
            if (backbone != null) {
                backbones.add(backbone);
            }
        }
        return backbones;
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
     * @param inputs         the arrays the variant uses, image before audio
     * @param training       whether batch norm uses and updates batch statistics
     * @return (N, {@link Variant#featureWidth()}): image features, then audio features
     */
    public NDArray features(ParameterStore parameterStore, NDList inputs, boolean training) {
        NDList features = new NDList(2);
        int next = 0;
        for (Block backbone : backbones()) {
            features.addAll(backbone.forward(parameterStore, new NDList(inputs.get(next++)), training, null));
        }
        if (features.size() == 1) {
            return features.head();
        }
        NDArray joined = NDArrays.concat(features, 1);
        features.close();
        return joined;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 2)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        int next = 0;
        for (Block backbone : new Block[] {image, audio}) {
            if (backbone != null) {
                backbone.initialize(manager, dataType, inputShapes[next++]);
            }
        }
        classifier.initialize(manager, dataType, new Shape(inputShapes[0].get(0), variant.featureWidth()));
    }

    @Override
    public String toString() {
        return "DetectorNetwork(" + variant.id() + ")";
    }
}
