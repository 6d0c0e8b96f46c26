package org.kissdetect.classify.internal.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/** Pretrained backbone files go into their branch of a detector, as training will start from them. */
class BackboneTest {

    @Test
    void aResNetFileFillsTheImageBranchAndNothingElse(@TempDir Path folder) throws Exception {
        PyTorch.start();
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            DetectorNetwork detector = new DetectorNetwork(Variant.IMAGE);
            detector.initialize(manager, DataType.FLOAT32, detector.inputShapes(1));
            Map<String, Parameter> parameters = TorchNames.of(detector);
            float[] classifierBefore = parameters.get("classifier.weight").getArray().toFloatArray();
            Path file = TestSafetensors.write(folder.resolve("resnet18.safetensors"), resNetTensors(manager));

            Backbone.RESNET18.loadIntoDetector(file, parameters);

            assertThat(parameters.get("image.layer4.1.bn2.running_var").getArray().toFloatArray())
                    .hasSize(512).containsOnly(0.25f);
            assertThat(parameters.get("classifier.weight").getArray().toFloatArray()).containsExactly(classifierBefore);
            assertThatThrownBy(() -> Backbone.VGGISH.loadIntoDetector(file, parameters))
                    .hasMessageContaining("no audio.* branch");
        }
    }

    /** Every ResNet-18 tensor under its torchvision name, all values 0.25. */
    private static List<TestSafetensors.Tensor> resNetTensors(NDManager manager) {
        Block resnet = ResNet18.build();
        resnet.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 224, 224));
        List<TestSafetensors.Tensor> tensors = new ArrayList<>();
        TorchNames.of(resnet).forEach((name, parameter) -> tensors.add(
                new TestSafetensors.Tensor(name, parameter.getArray().getShape().getShape(), i -> 0.25)));
        return tensors;
    }
}
