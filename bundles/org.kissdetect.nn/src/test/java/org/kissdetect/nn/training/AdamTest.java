package org.kissdetect.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;

/** Two steps with different gradients, against torch.optim.Adam's formula computed by hand in doubles. */
class AdamTest {

    @Test
    void stepsAsPyTorchsAdamWithBiasCorrectionAndZeroesTheGradients() {
        float[] weights = twoStepsAgainstTheFormula(null);
        assertThat(weights).isNotEqualTo(new float[] {0.5f, -0.25f, 2f});
    }

    @Test
    void anotherLearningRateStepsByItsOwnSizeAndTheDefaultIsThePapers() {
        float[] paper = twoStepsAgainstTheFormula(null);
        float[] explicitPaper = twoStepsAgainstTheFormula(0.001);
        float[] larger = twoStepsAgainstTheFormula(0.01);
        assertThat(explicitPaper).containsExactly(paper);
        for (int k = 0; k < 3; k++) {
            double start = new double[] {0.5, -0.25, 2}[k];
            assertThat(Math.abs(larger[k] - start)).as("weight %d moves further", k)
                    .isGreaterThan(5 * Math.abs(paper[k] - start));
        }
    }

    @Test
    void aLearningRateThatIsNotPositiveAndFiniteIsRefused() {
        PyTorch.start();
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            for (double rate : new double[] {0, -0.001, Double.NaN, Double.POSITIVE_INFINITY}) {
                assertThatThrownBy(() -> new Adam(Map.of(), manager, rate)).as("rate %s", rate)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learning rate");
            }
        }
    }

    /**
     * Two steps from fixed weights with the given rate ({@code null}: the default constructor), checked against
     * the formula in doubles.
     */
    private static float[] twoStepsAgainstTheFormula(Double rate) {
        PyTorch.start();
        Engine engine = Engine.getEngine(PyTorch.ENGINE);
        double lr = rate == null ? 0.001 : rate;
        try (NDManager manager = engine.newBaseManager()) {
            Linear layer = Linear.builder().setUnits(1).optBias(false).build();
            layer.setInitializer(Initializer.ZEROS, p -> true);
            layer.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
            Parameter weight = layer.getParameters().get("weight");
            try (NDArray start = manager.create(new float[] {0.5f, -0.25f, 2f}, new Shape(1, 3))) {
                weight.getArray().intern(start.duplicate());
            }
            weight.getArray().setRequiresGradient(true);
            Adam adam = rate == null ? new Adam(Map.of("weight", weight), manager)
                    : new Adam(Map.of("weight", weight), manager, rate);
            assertThat(adam.learningRate()).isEqualTo(lr);
            double[][] inputs = {{1, -2, 0.5}, {-3, 0.1, 4}};

            double[] expected = {0.5, -0.25, 2};
            double[] m = new double[3];
            double[] v = new double[3];
            for (int t = 1; t <= 2; t++) {
                backward(engine, manager, layer, inputs[t - 1]);
                adam.step();
                for (int k = 0; k < 3; k++) {
                    double g = inputs[t - 1][k];
                    m[k] = 0.9 * m[k] + 0.1 * g;
                    v[k] = 0.999 * v[k] + 0.001 * g * g;
                    double denominator = Math.sqrt(v[k]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
                    expected[k] -= lr / (1 - Math.pow(0.9, t)) * m[k] / denominator;
                }
            }

            float[] actual = weight.getArray().toFloatArray();
            for (int k = 0; k < 3; k++) {
                assertThat((double) actual[k]).as("weight %d at rate %s", k, lr).isCloseTo(expected[k], offset(1e-6));
            }
            assertThat(adam.steps()).isEqualTo(2);
            try (NDArray gradient = weight.getArray().getGradient()) {
                assertThat(gradient.toFloatArray()).containsOnly(0f);
            }
            return actual;
        }
    }

    /** The loss is the layer's output for one sample, so each weight's gradient is that sample's input. */
    private static void backward(Engine engine, NDManager manager, Linear layer, double[] input) {
        try (NDManager pass = manager.newSubManager(); GradientCollector collector = engine.newGradientCollector()) {
            float[] x = {(float) input[0], (float) input[1], (float) input[2]};
            NDArray out = layer.forward(new ParameterStore(manager, false),
                    new NDList(pass.create(x, new Shape(1, 3))), true).singletonOrThrow();
            collector.backward(out.sum());
        }
    }
}
