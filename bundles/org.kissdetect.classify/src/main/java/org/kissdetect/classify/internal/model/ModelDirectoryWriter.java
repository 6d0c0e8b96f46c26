package org.kissdetect.classify.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.classify.internal.weights.SafetensorsWriter;
import org.kissdetect.common.files.AtomicFiles;

import ai.djl.ndarray.NDArray;

/**
 * Saves a detector as a model directory: its parameters as {@value #PARAMETERS} under their reference names,
 * then {@code metadata.json} with their hash. The metadata is written last, each file through a temporary file
 * moved into place, so an interrupted save never leaves a directory that passes verification.
 */
public final class ModelDirectoryWriter {

    /** The parameters file of the directories written here. */
    public static final String PARAMETERS = "detector.safetensors";

    private ModelDirectoryWriter() {
    }

    /**
     * Writes a model directory, replacing the model it may hold.
     *
     * @param directory  the directory, created when missing
     * @param id         the model's id
     * @param version    the model's version
     * @param network    an initialised detector
     * @param provenance how its weights came about
     * @throws IOException when a file cannot be written
     */
    public static void write(Path directory, String id, String version, DetectorNetwork network,
            Map<String, Object> provenance) throws IOException {
        Files.createDirectories(directory);
        Map<String, NDArray> tensors = new LinkedHashMap<>();
        TorchNames.of(network).forEach((name, parameter) -> tensors.put(name, parameter.getArray()));
        String sha256 = SafetensorsWriter.write(directory.resolve(PARAMETERS), tensors);
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.FORMAT_VERSION, id, version,
                network.variant().id(), ModelMetadata.CLASSES, Preprocessing.KISSDETECT, PARAMETERS, provenance,
                Map.of(PARAMETERS, sha256));
        Path target = directory.resolve(ModelDirectory.METADATA);
        AtomicFiles.write(target, out -> ModelDirectory.JSON.writerWithDefaultPrettyPrinter().writeValue(out, metadata));
    }
}
