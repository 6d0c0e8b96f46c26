package org.kissdetect.classify.internal.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;

/** Copying tensors into a Linear(4 -> 3) layer: weight [3, 4], bias [3]. */
class WeightCopyTest {

    @TempDir
    Path folder;

    private NDManager manager;
    private Map<String, Parameter> parameters;

    @BeforeAll
    static void startLibtorch() {
        PyTorch.start();
    }

    @BeforeEach
    void buildALayer() {
        manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager();
        Block linear = Linear.builder().setUnits(3).build();
        linear.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
        parameters = TorchNames.of(linear);
    }

    @AfterEach
    void free() {
        manager.close();
    }

    @Test
    void copiesEveryTensorByNameAndIgnoresBatchCounters() throws Exception {
        copy(tensor("weight", 3, 4), new TestSafetensors.Tensor("num_batches_tracked", new long[] {1}, i -> 7),
                tensor("bias", 3));

        assertThat(parameters.get("weight").getArray().toFloatArray()).containsExactly(
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(parameters.get("bias").getArray().toFloatArray()).containsExactly(0, 1, 2);
    }

    @Test
    void aMissingTensorIsNamed() {
        assertThatThrownBy(() -> copy(tensor("weight", 3, 4)))
                .isInstanceOf(ModelException.class).hasMessageContaining("weights.safetensors")
                .hasMessageContaining("tensor bias of the test layer is missing");
    }

    @Test
    void anExtraTensorIsNamed() {
        assertThatThrownBy(() -> copy(tensor("weight", 3, 4), tensor("bias", 3), tensor("fc.weight", 2)))
                .hasMessageContaining("tensor fc.weight is not part of the test layer");
    }

    @Test
    void aWrongShapeIsNamedAndNothingIsCopied() {
        float[] before = parameters.get("weight").getArray().toFloatArray();

        assertThatThrownBy(() -> copy(tensor("weight", 3, 4), tensor("bias", 4)))
                .hasMessageContaining("tensor bias has shape [4], expected [3]");
        assertThat(parameters.get("weight").getArray().toFloatArray()).containsExactly(before);
    }

    @Test
    void aWrongDtypeIsNamed() {
        assertThatThrownBy(() -> copy(tensor("weight", 3, 4),
                new TestSafetensors.Tensor("bias", "I32", new long[] {3}, i -> i)))
                .hasMessageContaining("tensor bias has dtype I32, expected F32");
    }

    private static TestSafetensors.Tensor tensor(String name, long... shape) {
        return new TestSafetensors.Tensor(name, shape, i -> i);
    }

    private void copy(TestSafetensors.Tensor... tensors) throws Exception {
        Path file = TestSafetensors.write(folder.resolve("weights.safetensors"), List.of(tensors));
        WeightCopy.into(SafetensorsFile.parse(file, Files.readAllBytes(file)), parameters, "test layer");
    }
}
