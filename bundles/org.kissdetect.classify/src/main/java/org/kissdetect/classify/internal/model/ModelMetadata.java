package org.kissdetect.classify.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.Variant;

/**
 * The {@code metadata.json} of a detector model directory.
 *
 * @param formatVersion the version of this layout, {@value #FORMAT_VERSION}
 * @param id            the model's id, stable across versions
 * @param version       the model's version
 * @param variant       {@code both}, {@code image} or {@code audio}
 * @param classes       the class names by logit index: {@code not kissing}, {@code kissing}
 * @param preprocessing what the inputs must be
 * @param parameters    the safetensors file holding the parameters under their reference names
 * @param provenance    how the weights came about (training data, settings, tools, date): free-form
 * @param sha256        the sha256 of every file of the directory but this one
 */
public record ModelMetadata(int formatVersion, String id, String version, String variant, List<String> classes,
        Preprocessing preprocessing, String parameters, Map<String, Object> provenance, Map<String, String> sha256) {

    /** The layout version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /** The classes, class 1 being the one whose probability a classifier returns. */
    public static final List<String> CLASSES = List.of("not kissing", "kissing");

    /**
     * Checks everything that does not need the other files.
     *
     * @param file the metadata file, for messages
     * @return the architecture it names
     * @throws ModelException naming the field at fault
     */
    Variant validate(Path file) throws ModelException {
        if (formatVersion != FORMAT_VERSION) {
            throw new ModelException(file, "formatVersion is " + formatVersion + ", this version reads "
                    + FORMAT_VERSION);
        }
        require(file, "id", id);
        require(file, "version", version);
        require(file, "variant", variant);
        require(file, "parameters", parameters);
        if (!CLASSES.equals(classes)) {
            throw new ModelException(file, "classes are " + classes + ", expected " + CLASSES);
        }
        if (!Preprocessing.KISSDETECT.equals(preprocessing)) {
            throw new ModelException(file, "preprocessing is " + preprocessing + ", but the inputs are prepared as "
                    + Preprocessing.KISSDETECT);
        }
        if (sha256 == null || !sha256.containsKey(parameters)) {
            throw new ModelException(file, "sha256 lists no hash for the parameters file " + parameters);
        }
        try {
            return Variant.of(variant);
        } catch (IllegalArgumentException e) {
            throw new ModelException(file, e.getMessage());
        }
    }

    private static void require(Path file, String field, String value) throws ModelException {
        if (value == null || value.isBlank()) {
            throw new ModelException(file, "field '" + field + "' is missing or empty");
        }
    }
}
