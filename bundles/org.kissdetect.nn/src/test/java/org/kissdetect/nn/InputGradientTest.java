package org.kissdetect.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Saliency on a network whose answer is known: it reads one rectangle of a 3 x 224 x 224 picture (crop, flatten,
 * linear to two logits), so the gradient of its second logit is that logit's weights inside the rectangle and
 * exactly zero outside it.
 */
class InputGradientTest {

    private static final int SIDE = 224;
    private static final int TOP = 40;
    private static final int LEFT = 100;
    private static final int HEIGHT = 30;
    private static final int WIDTH = 50;

    /** Crops rows TOP..TOP+HEIGHT and columns LEFT..LEFT+WIDTH of every channel, then a linear layer to 2. */
    private static final class RegionReader extends AbstractBlock {

        private final Block linear = addChildBlock("fc", Linear.builder().setUnits(2).build());

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                PairList<String, Object> params) {
            NDArray region = inputs.head().get(":, :, " + TOP + ":" + (TOP + HEIGHT) + ", " + LEFT + ":"
                    + (LEFT + WIDTH));
            return linear.forward(store, new NDList(region.reshape(region.getShape().get(0), -1)), training, params);
        }

        @Override
        protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
            linear.initialize(manager, dataType, new Shape(1, 3L * HEIGHT * WIDTH));
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return new Shape[] {new Shape(inputShapes[0].get(0), 2)};
        }
    }

    @Test
    void theMapIsZeroOutsideTheRegionTheNetworkReadsAndItsWeightsInside() {
        PyTorch.start();
        Engine engine = Engine.getEngine(PyTorch.ENGINE);
        engine.setRandomSeed(3);
        boolean gradMode = JniUtils.isGradMode();
        try (NDManager manager = engine.newBaseManager()) {
            RegionReader network = new RegionReader();
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, SIDE, SIDE));
            network.freezeParameters(true);
            float[] weights = network.linear.getParameters().get("weight").getArray().toFloatArray();
            try (NDManager pass = manager.newSubManager()) {
                NDList inputs = new NDList(pass.randomNormal(new Shape(1, 3, SIDE, SIDE)));
                InputGradient.Result result = InputGradient.of(inputs, 0,
                        in -> network.forward(new ParameterStore(manager, false), in, false).head().get(0, 1));
                float[] map = InputGradient.channelMaximum(result.gradient());

                float logit = network.forward(new ParameterStore(manager, false), inputs, false).head()
                        .getFloat(0, 1);
                assertThat(result.score()).as("the score is the second logit").isEqualTo(logit);
                assertThat(map).hasSize(SIDE * SIDE);
                int inside = 0;
                for (int y = 0; y < SIDE; y++) {
                    for (int x = 0; x < SIDE; x++) {
                        float value = map[y * SIDE + x];
                        if (y >= TOP && y < TOP + HEIGHT && x >= LEFT && x < LEFT + WIDTH) {
                            assertThat(value).as("(%d, %d), inside", x, y).isGreaterThan(0)
                                    .isEqualTo(largestWeight(weights, y - TOP, x - LEFT));
                            inside++;
                        } else {
                            assertThat(value).as("(%d, %d), outside", x, y).isZero();
                        }
                    }
                }
                assertThat(inside).isEqualTo(HEIGHT * WIDTH);
            }
        }
        assertThat(JniUtils.isGradMode()).as("the thread's gradient mode is put back").isEqualTo(gradMode);
    }

    /** The largest |weight| of logit 1 over the three channels at one pixel of the region. */
    private static float largestWeight(float[] weights, int row, int column) {
        int features = 3 * HEIGHT * WIDTH;
        float largest = 0;
        for (int c = 0; c < 3; c++) {
            largest = Math.max(largest, Math.abs(weights[features + c * HEIGHT * WIDTH + row * WIDTH + column]));
        }
        return largest;
    }

    @Test
    void refusesAScoreOfMoreThanOneNumber() {
        PyTorch.start();
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            NDList inputs = new NDList(manager.ones(new Shape(1, 3, 4, 4)));
            assertThatThrownBy(() -> InputGradient.of(inputs, 0, in -> in.head().mul(2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 3, 4, 4)");
            assertThatThrownBy(() -> InputGradient.channelMaximum(manager.ones(new Shape(3, 4, 4))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
