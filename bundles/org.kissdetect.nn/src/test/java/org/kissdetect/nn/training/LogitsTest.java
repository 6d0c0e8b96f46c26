package org.kissdetect.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

class LogitsTest {

    @Test
    void crossEntropyIsTheMeanNegativeLogSoftmaxOfTheTrueClass() {
        PyTorch.start();
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            NDArray logits = manager.create(new float[] {2, 0, -1, 1}, new Shape(2, 2));

            float loss = Logits.crossEntropy(logits, new boolean[] {false, true}).getFloat();

            double first = -Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(0)));
            double second = -Math.log(Math.exp(1) / (Math.exp(-1) + Math.exp(1)));
            assertThat((double) loss).isCloseTo((first + second) / 2, offset(1e-6));
        }
    }

    @Test
    void theKissingProbabilityIsTheSoftmaxOfClassOneAndStaysFinite() {
        float[] p = Logits.kissing(new float[] {0, 0, 1, 3, 1000, -1000, -1000, 1000});

        assertThat(p[0]).isEqualTo(0.5f);
        assertThat((double) p[1]).isCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(3)), offset(1e-6));
        assertThat(p[2]).isEqualTo(0f);
        assertThat(p[3]).isEqualTo(1f);
    }
}
