package org.kissdetect.resnet3d.internal.network;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.kissdetect.nn.NamedSequence;
import org.kissdetect.nn.Vggish;

/**
 * Hara et al.'s 3D ResNet-34 under its state-dict names ({@link R3d34Architecture}): a clip (N, 3, T, H, W)
 * becomes two outputs, the 512 features after the global average pool and the logits of {@code fc}. The pool is
 * global whatever the clip's size, as their newer code's {@code AdaptiveAvgPool3d((1, 1, 1))}; at 16x112x112 the
 * older code's {@code AvgPool3d((1, 4, 4))} is the same average.
 *
 * <p>With the paper's audio branch (the {@code clip+audio} variant) it also takes the seconds' log-mel patches
 * (N, 1, 96, 64): torchvggish's VGGish under {@code audio.}, named as the 2D detectors' audio branch, so that a seed
 * or a weight file gives both the same features; its 128 features follow the clip's 512 into {@code fc}. The clip
 * part keeps Hara et al.'s names, so the {@code clip} and {@code clip+audio} networks share their 3D backbone too.
 */
public final class R3d34 extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final Shape POOL_KERNEL = Layers3d.cube(3);
    private static final Shape POOL_STRIDE = Layers3d.cube(2);
    private static final Shape POOL_PADDING = Layers3d.cube(1);

    private final Shortcut shortcut;
    private final int classes;
    private final Block conv1;
    private final Block bn1;
    private final List<Block> stages = new ArrayList<>();
    private final Block audio;
    private final Block fc;

    /**
     * Builds an uninitialised network.
     *
     * @param shortcut the shortcut type of its checkpoint
     * @param classes  the rows of {@code fc}
     */
    public R3d34(Shortcut shortcut, int classes) {
        this(shortcut, classes, false);
    }

    /**
     * Builds an uninitialised network, with or without the paper's audio branch.
     *
     * @param shortcut the shortcut type of its checkpoint
     * @param classes  the rows of {@code fc}
     * @param audio    whether it has the audio branch (VGGish under {@code audio.}, {@code fc} over 640 features)
     */
    public R3d34(Shortcut shortcut, int classes, boolean audio) {
        super(VERSION);
        this.shortcut = shortcut;
        this.classes = classes;
        conv1 = addChildBlock("conv1", Layers3d.conv(R3d34Architecture.STEM_WIDTH, Layers3d.cube(7),
                new Shape(1, 2, 2), Layers3d.cube(3)));
        bn1 = addChildBlock("bn1", Layers3d.batchNorm());
        int in = R3d34Architecture.STEM_WIDTH;
        for (R3d34Architecture.Stage stage : R3d34Architecture.STAGES) {
            NamedSequence blocks = new NamedSequence();
            for (int b = 0; b < stage.blocks(); b++) {
                blocks.then(Integer.toString(b), b == 0 ? new BasicBlock3d(in, stage.width(), stage.stride(), shortcut)
                        : new BasicBlock3d(stage.width(), stage.width(), 1, shortcut));
            }
            stages.add(addChildBlock(stage.name(), blocks));
            in = stage.width();
        }
        this.audio = audio ? addChildBlock("audio", Vggish.build()) : null;
        fc = addChildBlock("fc", Layers3d.linear(classes));
    }

    /** @return whether it has the audio branch and takes log-mel patches beside the clips */
    public boolean hasAudio() {
        return audio != null;
    }

    /** @return the width of the features {@code fc} sees: 512, or 640 with the audio branch */
    public int featureWidth() {
        return R3d34Architecture.FEATURES + (audio != null ? Vggish.FEATURES : 0);
    }

    /** @return the shortcut type it was built with */
    public Shortcut shortcut() {
        return shortcut;
    }

    /** @return {@code fc}, the linear layer over the {@link #featureWidth()} features, to run or train on them */
    public Block head() {
        return fc;
    }

    /** @return the number of classes of {@code fc} */
    public int classes() {
        return classes;
    }

    /**
     * @param batch  clips per pass
     * @param frames frames per clip
     * @param side   the side of the square frames
     * @return the input shape (N, 3, T, H, W)
     */
    public static Shape inputShape(int batch, int frames, int side) {
        return new Shape(batch, R3d34Architecture.CHANNELS, frames, side, side);
    }

    /**
     * @param batch  seconds per pass
     * @param frames frames per clip
     * @param side   the side of the square frames
     * @return the shapes of its inputs: the clips, then with the audio branch the patches (N, 1, 96, 64)
     */
    public Shape[] inputShapes(int batch, int frames, int side) {
        Shape clips = inputShape(batch, frames, side);
        return audio == null ? new Shape[] {clips} : new Shape[] {clips, new Shape(batch).addAll(Vggish.PATCH)};
    }

    /**
     * Returns {@code [features (N, featureWidth), logits (N, classes)]} of {@code [clips]}, or with the audio branch
     * of {@code [clips, patches]}.
     */
    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList x = conv1.forward(parameterStore, new NDList(inputs.get(0)), training, params);
        x = next(x, bn1.forward(parameterStore, x, training, params));
        x = next(x, new NDList(Activation.relu(x.singletonOrThrow())));
        x = next(x, new NDList(Pool.maxPool3d(x.singletonOrThrow(), POOL_KERNEL, POOL_STRIDE, POOL_PADDING, false)));
        for (Block stage : stages) {
            x = next(x, stage.forward(parameterStore, x, training, params));
        }
        NDArray pooled = Pool.globalAvgPool3d(x.singletonOrThrow());
        NDArray features = pooled.reshape(pooled.getShape().get(0), R3d34Architecture.FEATURES);
        if (features != pooled) {
            pooled.close();
        }
        x.close();
        if (audio != null) {
            NDArray sound = audio.forward(parameterStore, new NDList(inputs.get(1)), training, params)
                    .singletonOrThrow();
            NDArray joined = NDArrays.concat(new NDList(features, sound), 1);
            features.close();
            sound.close();
            features = joined;
        }
        NDList logits = fc.forward(parameterStore, new NDList(features), training, params);
        return new NDList(features, logits.singletonOrThrow());
    }

    private static NDList next(NDList consumed, NDList produced) {
        NamedSequence.releaseUnused(consumed, produced);
        return produced;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, featureWidth()), new Shape(batch, classes)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] clips = {inputShapes[0]};
        conv1.initialize(manager, dataType, clips);
        Shape[] shape = conv1.getOutputShapes(clips);
        bn1.initialize(manager, dataType, shape);
        shape = new Shape[] {maxPooled(shape[0])};
        for (Block stage : stages) {
            stage.initialize(manager, dataType, shape);
            shape = stage.getOutputShapes(shape);
        }
        if (audio != null) {
            audio.initialize(manager, dataType, inputShapes[1]);
        }
        fc.initialize(manager, dataType, new Shape(shape[0].get(0), featureWidth()));
    }

    /** The shape after the max pool of kernel 3, stride 2, padding 1 (PyTorch's floor rounding). */
    private static Shape maxPooled(Shape shape) {
        long[] dims = shape.getShape().clone();
        for (int d = 2; d < dims.length; d++) {
            dims[d] = (dims[d] + 2 - 3) / 2 + 1;
        }
        return new Shape(dims);
    }
}
