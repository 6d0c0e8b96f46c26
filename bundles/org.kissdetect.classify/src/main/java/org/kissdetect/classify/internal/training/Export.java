package org.kissdetect.classify.internal.training;

import org.kissdetect.nn.training.Standardisation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.kissdetect.classify.internal.model.ModelDirectoryWriter;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.nn.TorchNames;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

/** Writes a network being trained as a model directory, its standardisation folded into the linear layer. */
final class Export {

    private Export() {
    }

    static void write(Path directory, String id, String version, Map<String, Object> provenance,
            DetectorNetwork network, Standardisation standardisation) throws IOException {
        if (standardisation == null) {
            ModelDirectoryWriter.write(directory, id, version, network, provenance);
            return;
        }
        Map<String, Parameter> parameters = TorchNames.of(network);
        Parameter weight = parameters.get("classifier.weight");
        Parameter bias = parameters.get("classifier.bias");
        float[] trainedWeight = weight.getArray().toFloatArray();
        float[] trainedBias = bias.getArray().toFloatArray();
        float[] folded = standardisation.fold(trainedWeight, trainedBias);
        try {
            replace(weight, Arrays.copyOf(folded, trainedWeight.length));
            replace(bias, Arrays.copyOfRange(folded, trainedWeight.length, folded.length));
            ModelDirectoryWriter.write(directory, id, version, network, provenance);
        } finally {
            replace(weight, trainedWeight);
            replace(bias, trainedBias);
        }
    }

    /** Gives a parameter new values, keeping whether it trains. */
    private static void replace(Parameter parameter, float[] values) {
        NDArray array = parameter.getArray();
        boolean trains = array.hasGradient();
        try (NDArray staged = array.getManager().create(values, array.getShape())) {
            array.intern(staged.duplicate());
        }
        array.setRequiresGradient(trains);
    }
}
