package org.kissdetect.densenet.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;

/**
 * The {@code metadata.json} of a DenseNet-121 detector's model directory ({@code "kind": "densenet-detector"}).
 *
 * @param formatVersion the version of this layout, {@value #FORMAT_VERSION}
 * @param kind          {@value #KIND}, which the classifier factory hands to this bundle's model kind
 * @param id            the model's id, stable across versions
 * @param version       the model's version
 * @param variant       {@code densenet121} or {@code densenet121+audio}
 * @param architecture  what the parameters are, in words
 * @param classes       the class names by logit index: {@code not kissing}, {@code kissing}
 * @param preprocessing what the inputs must be, in words: the 2D detectors' stills and log-mel patches
 * @param parameters    the safetensors file holding the parameters under their reference names
 * @param provenance    how the weights came about: free-form
 * @param sha256        the sha256 of every file of the directory but this one
 */
public record DenseNetMetadata(int formatVersion, String kind, String id, String version, String variant,
        String architecture, List<String> classes, String preprocessing, String parameters,
        Map<String, Object> provenance, Map<String, String> sha256) {

    public static final int FORMAT_VERSION = 1;
    public static final String KIND = "densenet-detector";
    public static final List<String> CLASSES = List.of("not kissing", "kissing");
    public static final String ARCHITECTURE = "torchvision DenseNet-121 (features, ReLU, global average pool: 1024)"
            + " [+ torchvggish VGGish (128)], then Linear(features, 2)";
    public static final String PREPROCESSING = "still: Resize(256) + CenterCrop(224), ImageNet mean/std; audio:"
            + " VGGish log-mel patch 96 x 64 (the 2D detectors' inputs)";

    /**
     * Checks everything that does not need the other files.
     *
     * @param file the metadata file, for messages
     * @return whether the detector has the audio branch
     * @throws ModelException naming the field at fault
     */
    public boolean validate(Path file) throws ModelException {
        if (formatVersion != FORMAT_VERSION) {
            throw new ModelException(file, "formatVersion is " + formatVersion + ", this version reads "
                    + FORMAT_VERSION);
        }
        if (!KIND.equals(kind)) {
            throw new ModelException(file, "kind is '" + kind + "', expected " + KIND);
        }
        require(file, "id", id);
        require(file, "version", version);
        require(file, "parameters", parameters);
        if (!"densenet121".equals(variant) && !"densenet121+audio".equals(variant)) {
            throw new ModelException(file, "variant is '" + variant + "', expected densenet121 or densenet121+audio");
        }
        if (!CLASSES.equals(classes)) {
            throw new ModelException(file, "classes are " + classes + ", expected " + CLASSES);
        }
        if (!PREPROCESSING.equals(preprocessing)) {
            throw new ModelException(file, "preprocessing is '" + preprocessing + "', but the inputs are prepared as: "
                    + PREPROCESSING);
        }
        if (sha256 == null || !sha256.containsKey(parameters)) {
            throw new ModelException(file, "sha256 lists no hash for the parameters file " + parameters);
        }
        if (parameters.contains("/") || parameters.contains("\\") || parameters.startsWith(".")) {
            throw new ModelException(file, "parameters must name a file of the directory, got " + parameters);
        }
        return variant.endsWith("+audio");
    }

    private static void require(Path file, String field, String value) throws ModelException {
        if (value == null || value.isBlank()) {
            throw new ModelException(file, "field '" + field + "' is missing or empty");
        }
    }
}
