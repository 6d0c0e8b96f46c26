package org.kissdetect.resnet3d.internal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.network.R3d34;
import org.kissdetect.resnet3d.internal.network.Shortcut;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;

/**
 * The 3D network's map: the gradient of one class's logit with respect to the clip's last frame, checked against
 * central finite differences in double precision at the two pixels where it is largest and at one other, on a
 * small 3D ResNet-34 with DJL's random weights (4 frames of 32 x 32).
 */
class ClipSaliencyTest {

    private static final int FRAMES = 4;
    private static final int SIDE = 32;
    private static final int CLASSES = 3;
    private static final int KISSING = 1;
    private static final double STEP = 1e-6;

    @Test
    void theLastFramesMapMatchesFiniteDifferencesOfTheLogit() {
        PyTorch.start();
        Engine engine = Engine.getEngine(PyTorch.ENGINE);
        engine.setRandomSeed(5);
        NDManager manager = engine.newBaseManager(Device.cpu());
        R3d34 network = new R3d34(Shortcut.B, CLASSES);
        network.initialize(manager, DataType.FLOAT32, R3d34.inputShape(1, FRAMES, SIDE));
        network.freezeParameters(true);
        try (LoadedR3d34 loaded = new LoadedR3d34(network, manager)) {
            float[] clip = noise(3);

            LoadedR3d34.LastFrameSaliency saliency = loaded.lastFrameSaliency(clip, null, FRAMES, SIDE, KISSING, 1);

            float[] map = saliency.magnitudes();
            assertThat(map).hasSize(SIDE * SIDE);
            float logit = loaded.forward(clip, 1, FRAMES, SIDE, 1).logits()[KISSING];
            assertThat(saliency.logit()).isCloseTo(logit, offset(1e-4f * Math.max(1, Math.abs(logit))));
            float maximum = 0;
            for (float value : map) {
                assertThat(value).isNotNegative().isFinite();
                maximum = Math.max(maximum, value);
            }
            assertThat(maximum).isGreaterThan(0);
            List<Integer> pixels = new ArrayList<>(IntStream.range(0, SIDE * SIDE).boxed()
                    .sorted(Comparator.comparingDouble(p -> -map[p])).limit(2).toList());
            pixels.add(17 * SIDE + 9);
            double[] estimates = finiteDifferences(network, manager, clip, pixels);
            for (int i = 0; i < pixels.size(); i++) {
                assertThat((double) map[pixels.get(i)]).as("pixel %d", pixels.get(i)).isGreaterThan(0)
                        .isCloseTo(estimates[i], offset(0.02 * estimates[i] + 0.002 * maximum));
            }
            assertThatThrownBy(() -> loaded.lastFrameSaliency(clip, null, FRAMES, SIDE, CLASSES, 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static float[] noise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] clip = new float[3 * FRAMES * SIDE * SIDE];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (float) random.nextDouble(-2, 2);
        }
        return clip;
    }

    /** Per pixel of the last frame, the largest |central difference of the logit| over the channels, in doubles. */
    private static double[] finiteDifferences(R3d34 network, NDManager manager, float[] clip, List<Integer> pixels) {
        int count = 6 * pixels.size();
        double[] clips = new double[count * clip.length];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < clip.length; i++) {
                clips[n * clip.length + i] = clip[i];
            }
            int channel = n % 6 / 2;
            int at = channel * FRAMES * SIDE * SIDE + (FRAMES - 1) * SIDE * SIDE + pixels.get(n / 6);
            clips[n * clip.length + at] += n % 2 == 0 ? STEP : -STEP;
        }
        network.getParameters().values().forEach(p -> p.getArray().intern(p.getArray().toType(DataType.FLOAT64,
                true)));
        double[] logits;
        try (NDManager pass = manager.newSubManager()) {
            logits = network.forward(new ParameterStore(manager, false),
                    new NDList(pass.create(clips, R3d34.inputShape(count, FRAMES, SIDE))), false).get(1)
                    .toDoubleArray();
        }
        double[] estimates = new double[pixels.size()];
        for (int n = 0; n < count; n += 2) {
            double slope = (logits[CLASSES * n + KISSING] - logits[CLASSES * (n + 1) + KISSING]) / (2 * STEP);
            estimates[n / 6] = Math.max(estimates[n / 6], Math.abs(slope));
        }
        return estimates;
    }
}
