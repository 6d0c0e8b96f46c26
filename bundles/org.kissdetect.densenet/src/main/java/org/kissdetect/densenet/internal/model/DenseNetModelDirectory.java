package org.kissdetect.densenet.internal.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A DenseNet-121 detector's model directory: {@code metadata.json} and {@code parameters.safetensors} (every
 * parameter under its reference name). Written beside its target and renamed into place whole; read with every
 * file checked against the sha256 its metadata records.
 */
public final class DenseNetModelDirectory {

    public static final String METADATA = "metadata.json";
    public static final String PARAMETERS = "parameters.safetensors";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A directory's content, checked.
     *
     * @param metadata   its metadata
     * @param parameters its tensors
     */
    public record Contents(DenseNetMetadata metadata, List<Tensor> parameters) {
    }

    private DenseNetModelDirectory() {
    }

    /**
     * Writes a model directory.
     *
     * @param directory  the directory to make; an existing one is replaced only when it holds a DenseNet detector
     * @param id         the model's id
     * @param version    its version
     * @param variant    {@code densenet121} or {@code densenet121+audio}
     * @param provenance how it came about
     * @param parameters the network's tensors under their reference names
     * @throws IOException when the directory cannot be written or holds something else
     */
    public static void write(Path directory, String id, String version, String variant,
            Map<String, Object> provenance, List<Tensor> parameters) throws IOException {
        refuseForeignContent(directory);
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staged = transaction.stagedFolder(directory);
            MessageDigest digest = Sha256.newDigest();
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(
                    Files.newOutputStream(staged.resolve(PARAMETERS)), digest), 1 << 16)) {
                Safetensors.write(parameters, out);
            }
            DenseNetMetadata metadata = new DenseNetMetadata(DenseNetMetadata.FORMAT_VERSION, DenseNetMetadata.KIND,
                    id, version, variant, DenseNetMetadata.ARCHITECTURE, DenseNetMetadata.CLASSES,
                    DenseNetMetadata.PREPROCESSING, PARAMETERS, provenance, Map.of(PARAMETERS, Sha256.hex(digest)));
            Files.write(staged.resolve(METADATA), JSON.writeValueAsBytes(metadata));
            transaction.commit();
        }
    }

    /**
     * Reads and checks a directory's metadata alone.
     *
     * @param directory the model directory
     * @return its metadata, validated
     * @throws ModelException naming the file and field at fault
     */
    public static DenseNetMetadata metadata(Path directory) throws ModelException {
        Path file = directory.resolve(METADATA);
        DenseNetMetadata metadata;
        try {
            metadata = JSON.readValue(Files.readAllBytes(file), DenseNetMetadata.class);
        } catch (NoSuchFileException e) {
            throw new ModelException(file, "does not exist: " + directory + " is not a model directory");
        } catch (JsonProcessingException e) {
            throw new ModelException(file, "is not valid metadata: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (metadata == null) {
            throw new ModelException(file, "is empty");
        }
        metadata.validate(file);
        return metadata;
    }

    /**
     * Reads a directory, checking its parameters file against its recorded sha256.
     *
     * @param directory the model directory
     * @return its metadata and tensors
     * @throws ModelException naming the file at fault
     */
    public static Contents read(Path directory) throws ModelException {
        DenseNetMetadata metadata = metadata(directory);
        Path file = directory.resolve(metadata.parameters());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read: " + e.getMessage(), e);
        }
        String sha256 = Sha256.hex(bytes);
        if (!sha256.equals(metadata.sha256().get(metadata.parameters()))) {
            throw new ModelException(file, "has sha256 " + sha256 + ", but the metadata records "
                    + metadata.sha256().get(metadata.parameters()) + " (damaged or replaced)");
        }
        try {
            return new Contents(metadata, Safetensors.read(file, bytes));
        } catch (IOException e) {
            throw new ModelException(file, e.getMessage(), e);
        }
    }

    /** @return the kind a directory's metadata names, empty when it has no readable metadata or no kind */
    static String kindOf(Path directory) {
        try {
            var node = JSON.readTree(Files.readAllBytes(directory.resolve(METADATA)));
            return node == null ? "" : node.path("kind").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void refuseForeignContent(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            boolean empty;
            try (var entries = Files.list(directory)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !kindOf(directory).equals(DenseNetMetadata.KIND)) {
                throw new IOException(directory + " exists and holds something other than a DenseNet-121 detector:"
                        + " not replaced");
            }
        } else if (Files.exists(directory)) {
            throw new IOException(directory + " exists and is not a folder: not replaced");
        }
    }
}
