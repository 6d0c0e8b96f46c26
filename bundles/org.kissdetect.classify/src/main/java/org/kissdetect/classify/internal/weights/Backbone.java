package org.kissdetect.classify.internal.weights;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;

import ai.djl.nn.Parameter;
import org.kissdetect.nn.TorchNames;

/**
 * The pretrained backbones and where their weights go in a detector: torchvision's ImageNet ResNet-18 into
 * {@code image.*}, torchvggish's AudioSet VGGish into {@code audio.*}. Their safetensors files hold the reference
 * state dicts ({@code models/convert_checkpoints.py} makes them from the public checkpoints).
 */
public enum Backbone {

    /** torchvision {@code resnet18}, without {@code fc}. */
    RESNET18("torchvision resnet18 state dict", "image."),
    /** torchvggish {@code VGGish}, {@code features} and {@code embeddings}. */
    VGGISH("torchvggish VGGish state dict", "audio.");

    private final String layout;
    private final String branch;

    Backbone(String layout, String branch) {
        this.layout = layout;
        this.branch = branch;
    }

    /**
     * Copies a backbone's weights into initialised parameters named as in its reference state dict.
     *
     * @param file       the safetensors file
     * @param parameters reference name to parameter: {@code TorchNames.of(ResNet18.build())}, initialised
     * @throws ModelException naming the file and the tensor when the file is missing, broken or does not match
     */
    public void load(Path file, Map<String, Parameter> parameters) throws ModelException {
        try (SafetensorsFile weights = SafetensorsFile.map(file)) {
            WeightCopy.into(weights, parameters, layout);
        }
    }

    /**
     * Copies a backbone's weights into its branch of a detector.
     *
     * @param file     the safetensors file
     * @param detector reference name to parameter of the whole detector ({@code TorchNames.of(network)})
     * @throws ModelException naming the file and the tensor when the file is missing, broken or does not match
     */
    public void loadIntoDetector(Path file, Map<String, Parameter> detector) throws ModelException {
        Map<String, Parameter> branchParameters = new LinkedHashMap<>();
        detector.forEach((name, parameter) -> {
            if (name.startsWith(branch)) {
                branchParameters.put(name.substring(branch.length()), parameter);
            }
        });
        if (branchParameters.isEmpty()) {
            throw new IllegalArgumentException("this detector has no " + branch + "* branch for the " + layout);
        }
        load(file, branchParameters);
    }
}
