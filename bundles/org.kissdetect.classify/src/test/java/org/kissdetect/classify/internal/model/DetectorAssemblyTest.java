package org.kissdetect.classify.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.nn.Vggish;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * The paper's detector (the full 83 M parameters, built once): a saved model directory, loaded back, computes
 * Linear(640, 2) over the image features followed by the audio features, each from its own backbone as saved
 * (the loaded one folds the image backbone's random batch norms into its convolutions).
 */
class DetectorAssemblyTest {

    @Test
    void theDetectorIsTheLinearLayerOverImageThenAudioFeatures(@TempDir Path model) throws Exception {
        RandomDetector.writeWithRandomBatchNorm(model, Variant.BOTH, 3);
        List<ModelInput> inputs = TestInputs.of(2);
        float[] logits;
        try (LoadedDetector detector = DetectorLoader.load(model, DeviceChoice.CPU)) {
            logits = detector.logits(inputs, 0);
        }

        Path file = model.resolve(ModelDirectoryWriter.PARAMETERS);
        SafetensorsFile saved = SafetensorsFile.parse(file, Files.readAllBytes(file));
        float[] image = features(ResNet18.build(), "image.", saved, inputs, true);
        float[] audio = features(Vggish.build(), "audio.", saved, inputs, false);
        float[] weight = values(saved, "classifier.weight");
        float[] bias = values(saved, "classifier.bias");
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 2; c++) {
                double expected = bias[c];
                for (int k = 0; k < 640; k++) {
                    double feature = k < 512 ? image[n * 512 + k] : audio[n * 128 + k - 512];
                    expected += weight[c * 640 + k] * feature;
                }
                assertThat((double) logits[2 * n + c]).as("logit %d of sample %d", c, n)
                        .isCloseTo(expected, offset(1e-4 * Math.max(1, Math.abs(expected))));
            }
        }
        assertThat(logits[0]).as("the two samples differ").isNotEqualTo(logits[2]);
    }

    /** Runs one backbone alone, with the detector's saved weights of its branch. */
    private static float[] features(Block backbone, String branch, SafetensorsFile saved, List<ModelInput> inputs,
            boolean image) {
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            Shape shape = image ? new Shape(2, 3, 224, 224) : new Shape(2, 1, 96, 64);
            backbone.initialize(manager, DataType.FLOAT32, shape);
            for (Map.Entry<String, Parameter> parameter : TorchNames.of(backbone).entrySet()) {
                parameter.getValue().getArray().set(saved.floats(saved.entries().get(branch + parameter.getKey())));
            }
            int size = image ? ModelInputs.IMAGE_SIZE : ModelInputs.AUDIO_SIZE;
            float[] batch = new float[2 * size];
            for (int n = 0; n < 2; n++) {
                System.arraycopy(image ? inputs.get(n).image() : inputs.get(n).audio(), 0, batch, n * size, size);
            }
            NDList x = new NDList(manager.create(batch, shape));
            return backbone.forward(new ParameterStore(manager, false), x, false).singletonOrThrow().toFloatArray();
        }
    }

    private static float[] values(SafetensorsFile file, String name) {
        SafetensorsFile.Entry entry = file.entries().get(name);
        float[] values = new float[(int) (entry.end() - entry.begin()) / 4];
        file.floats(entry).get(values);
        return values;
    }
}
