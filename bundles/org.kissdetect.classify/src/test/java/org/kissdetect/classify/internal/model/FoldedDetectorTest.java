package org.kissdetect.classify.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.classify.internal.weights.WeightCopy;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.training.Logits;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;

/**
 * A loaded detector runs with batch norm folded into its image backbone's convolutions: it holds only the folded
 * parameters, and gives the logits and probabilities the detector as saved gives, random batch norms included.
 */
class FoldedDetectorTest {

    @Test
    void theLoadedDetectorIsFoldedAndComputesWhatTheSavedOneComputes(@TempDir Path model) throws Exception {
        RandomDetector.writeWithRandomBatchNorm(model, Variant.IMAGE, 5);
        List<ModelInput> inputs = TestInputs.of(4);
        float[] folded;
        try (LoadedDetector detector = DetectorLoader.load(model, DeviceChoice.CPU)) {
            folded = detector.logits(inputs, 0);
            assertThat(detector.liveArrays()).as("the folded parameters only: a weight and a bias per convolution")
                    .isEqualTo(TorchNames.of(DetectorNetwork.folded(Variant.IMAGE)).size()).isEqualTo(2 * 20 + 2);
        }
        float[] saved = savedLogits(model, inputs);

        float largest = 0;
        float worst = 0;
        for (int i = 0; i < saved.length; i++) {
            largest = Math.max(largest, Math.abs(saved[i]));
            worst = Math.max(worst, Math.abs(folded[i] - saved[i]));
        }
        assertThat(largest).as("the logits are not all zeros").isGreaterThan(0);
        assertThat(worst).as("largest logit difference (max |logit| %s)", largest).isLessThanOrEqualTo(1e-4f * largest);
        float[] probabilities = Logits.kissing(folded);
        float[] savedProbabilities = Logits.kissing(saved);
        for (int i = 0; i < probabilities.length; i++) {
            assertThat(Math.abs(probabilities[i] - savedProbabilities[i])).as("probability %d", i)
                    .isLessThanOrEqualTo(1e-5f);
        }
        assertThat(savedProbabilities[0]).as("the samples differ").isNotEqualTo(savedProbabilities[1]);
    }

    /** The detector as training builds it, batch norm unfolded, with the saved weights. */
    private static float[] savedLogits(Path model, List<ModelInput> inputs) throws Exception {
        try (NDManager manager = DetectorLoader.engine(model).newBaseManager(Device.cpu());
                SafetensorsFile file = SafetensorsFile.map(model.resolve(ModelDirectoryWriter.PARAMETERS))) {
            DetectorNetwork network = new DetectorNetwork(Variant.IMAGE);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            WeightCopy.into(file, TorchNames.of(network), "image detector");
            network.freezeParameters(true);
            try (NDManager pass = manager.newSubManager()) {
                return network.forward(new ParameterStore(manager, false), InputArrays.of(pass, Variant.IMAGE, inputs),
                        false).singletonOrThrow().toFloatArray();
            }
        }
    }
}
