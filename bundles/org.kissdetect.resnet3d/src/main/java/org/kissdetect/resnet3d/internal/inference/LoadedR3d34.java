package org.kissdetect.resnet3d.internal.inference;

import org.kissdetect.nn.InferenceScope;
import org.kissdetect.nn.InputGradient;
import org.kissdetect.nn.Vggish;
import org.kissdetect.resnet3d.internal.network.R3d34;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * A 3D ResNet-34 (with or without the paper's audio branch) whose parameters live in libtorch, ready for concurrent forward passes. Each pass runs in its own
 * NDManager scope, closed at its end, so memory stays flat however many passes run. Closing waits for passes in
 * flight and refuses later ones: native memory is never used after it is freed.
 */
public final class LoadedR3d34 implements AutoCloseable {

    /**
     * What a pass gives, clip-major.
     *
     * @param features 512 per clip, 640 with the audio branch
     * @param logits   one per class per clip
     */
    public record Outputs(float[] features, float[] logits) {
    }

    /**
     * Where one clip's class logit looks in the clip's last frame.
     *
     * @param magnitudes side x side values, row-major: the largest |d logit / d pixel| over the channels of the last
     *                   frame
     * @param logit      the logit
     */
    public record LastFrameSaliency(float[] magnitudes, float logit) {
    }

    private final R3d34 network;
    private final InferenceScope scope;

    LoadedR3d34(R3d34 network, NDManager manager) {
        this.network = network;
        this.scope = new InferenceScope(manager);
    }

    /** @return the number of classes of its {@code fc} */
    public int classes() {
        return network.classes();
    }

    /** @return whether it takes each second's log-mel patch beside its clip */
    public boolean hasAudio() {
        return network.hasAudio();
    }

    /** @return the device its parameters live on, as DJL names it */
    public String device() {
        return scope.parameters().getDevice().toString();
    }

    /**
     * Runs the network on a batch.
     *
     * @param clips   {@code count} clips, each (3, frames, side, side), clip-major
     * @param count   the number of clips
     * @param frames  frames per clip
     * @param side    the side of the square frames
     * @param threads libtorch's intra-op threads for the calling thread on the CPU, 0 to leave its setting
     * @return features and logits
     * @throws IllegalArgumentException when the array does not hold {@code count} such clips
     * @throws IllegalStateException    when closed
     * @throws ai.djl.engine.EngineException when libtorch fails
     */
    public Outputs forward(float[] clips, int count, int frames, int side, int threads) {
        return forward(clips, null, count, frames, side, threads);
    }

    /**
     * Runs the network on a batch of seconds.
     *
     * @param clips   {@code count} clips, each (3, frames, side, side), clip-major
     * @param patches with the audio branch, {@code count} log-mel patches of 96 x 64; else {@code null}
     * @param count   the number of seconds
     * @param frames  frames per clip
     * @param side    the side of the square frames
     * @param threads libtorch's intra-op threads for the calling thread on the CPU, 0 to leave its setting
     * @return features and logits
     * @throws IllegalArgumentException when the arrays do not hold {@code count} such clips (and patches)
     * @throws IllegalStateException    when closed
     * @throws ai.djl.engine.EngineException when libtorch fails
     */
    public Outputs forward(float[] clips, float[] patches, int count, int frames, int side, int threads) {
        requireInputs(clips, patches, count, frames, side);
        try {
            return scope.run(threads, pass -> {
                Shape[] shapes = network.inputShapes(count, frames, side);
                NDList input = new NDList(pass.create(clips, shapes[0]));
                if (patches != null) {
                    input.add(pass.create(patches, shapes[1]));
                }
                NDList output = network.forward(new ParameterStore(scope.parameters(), false), input, false);
                return new Outputs(output.get(0).toFloatArray(), output.get(1).toFloatArray());
            });
        } catch (InferenceScope.ClosedException e) {
            throw new IllegalStateException("the 3D ResNet-34 was closed", e);
        }
    }

    /**
     * The gradient of one class's logit with respect to one clip (C, T, H, W), the second's patch held fixed, in
     * inference (batch norms use their running statistics): the map of the clip's last frame, the second's still.
     *
     * @param clip    one clip, (3, frames, side, side)
     * @param patch   with the audio branch, its log-mel patch of 96 x 64; else {@code null}
     * @param frames  frames per clip
     * @param side    the side of the square frames
     * @param index   the class whose logit is differentiated
     * @param threads libtorch's intra-op threads for the calling thread on the CPU, 0 to leave its setting
     * @return the last frame's map and the logit
     * @throws IllegalArgumentException as {@link #forward}, or for a class it does not have
     * @throws IllegalStateException    when closed
     * @throws ai.djl.engine.EngineException when libtorch fails
     */
    public LastFrameSaliency lastFrameSaliency(float[] clip, float[] patch, int frames, int side, int index,
            int threads) {
        requireInputs(clip, patch, 1, frames, side);
        if (index < 0 || index >= network.classes()) {
            throw new IllegalArgumentException("class " + index + " of " + network.classes());
        }
        try {
            return scope.run(threads, pass -> {
                Shape[] shapes = network.inputShapes(1, frames, side);
                NDList input = new NDList(pass.create(clip, shapes[0]));
                if (patch != null) {
                    input.add(pass.create(patch, shapes[1]));
                }
                InputGradient.Result result = InputGradient.of(input, 0, arrays -> network.forward(
                        new ParameterStore(scope.parameters(), false), arrays, false).get(1).get(0, index));
                return new LastFrameSaliency(InputGradient.channelMaximum(result.gradient().get(":, :, " + (frames - 1))),
                        result.score());
            });
        } catch (InferenceScope.ClosedException e) {
            throw new IllegalStateException("the 3D ResNet-34 was closed", e);
        }
    }

    private void requireInputs(float[] clips, float[] patches, int count, int frames, int side) {
        long length = 3L * count * frames * side * side;
        if (count < 1 || frames < 1 || side < 1 || clips.length != length) {
            throw new IllegalArgumentException(count + " clips of " + frames + "x" + side + "x" + side + " need "
                    + length + " values, got " + clips.length);
        }
        long patchLength = (long) count * Vggish.PATCH.size();
        if (network.hasAudio() && (patches == null || patches.length != patchLength)) {
            throw new IllegalArgumentException(count + " seconds need " + patchLength + " log-mel values, got "
                    + (patches == null ? "none" : patches.length));
        }
        if (!network.hasAudio() && patches != null) {
            throw new IllegalArgumentException("this network has no audio branch: no log-mel patches are taken");
        }
    }

    /** @return how many arrays it holds now: its parameters, once every pass has ended */
    int liveArrays() {
        return scope.liveArrays();
    }

    /** Frees the parameters once no pass is running; later passes fail. */
    @Override
    public void close() {
        scope.close();
    }
}
