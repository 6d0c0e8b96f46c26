package org.kissdetect.classify.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.internal.weights.FileBytes;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.common.files.VerifiedHashes;
import org.kissdetect.common.text.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a detector model directory: {@code metadata.json} and the files it lists with their sha256. Every hash
 * is checked, and the parameters' header too, before anything reaches libtorch; the parameters' hash is computed
 * once per run, and across runs only when the file may have changed.
 */
public final class ModelDirectory {

    /** The metadata file of every model directory. */
    public static final String METADATA = "metadata.json";

    /** The largest metadata read to find its kind: a detector's is about 1 KB, a 700-class list about 15 KB. */
    private static final long KIND_PROBE_LIMIT = 16L << 20;

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A model directory whose files match their hashes.
     *
     * @param directory      the directory
     * @param metadata       its metadata
     * @param variant        the architecture the metadata names
     * @param metadataSha256 the sha256 of {@code metadata.json}, which pins every other file
     * @param parameters     the parameters file, header checked
     */
    public record Contents(Path directory, ModelMetadata metadata, Variant variant, String metadataSha256,
            SafetensorsFile parameters) {
    }

    private ModelDirectory() {
    }

    /**
     * Reads and checks a model directory.
     *
     * @param directory the directory
     * @return its verified contents
     * @throws ModelException naming the file (and tensor) at fault
     */
    public static Contents read(Path directory) throws ModelException {
        if (!Files.isDirectory(directory)) {
            throw new ModelException(directory, Files.exists(directory) ? "is not a directory"
                    : "no such model directory");
        }
        Path metadataFile = directory.resolve(METADATA);
        if (!Files.isRegularFile(metadataFile)) {
            throw new ModelException(directory, METADATA + " is missing");
        }
        byte[] metadataBytes = FileBytes.read(metadataFile);
        ModelMetadata metadata = parse(metadataFile, metadataBytes);
        Variant variant = metadata.validate(metadataFile);
        for (String name : metadata.sha256().keySet()) {
            listedFile(directory, metadataFile, name);
        }
        SafetensorsFile parameters = null;
        try {
            for (Map.Entry<String, String> listed : metadata.sha256().entrySet()) {
                Path file = listedFile(directory, metadataFile, listed.getKey());
                String actual;
                if (listed.getKey().equals(metadata.parameters())) {
                    // Mapped, hashed and handed to libtorch from the same bytes: nothing changes in between. A
                    // file provably unchanged since an earlier run verified it is not hashed again (see
                    // VerifiedHashes): 1.6 s of every start for the demo model's 333 MB.
                    SafetensorsFile mapped = SafetensorsFile.map(file);
                    parameters = mapped;
                    actual = VerifiedHashes.inCache().sha256(file, mapped::sha256);
                } else {
                    actual = Sha256.hex(FileBytes.read(file));
                }
                if (!actual.equalsIgnoreCase(String.valueOf(listed.getValue()))) {
                    throw new ModelException(file, "sha256 is " + actual + " but " + METADATA + " records "
                            + listed.getValue() + " (the file changed or is damaged)");
                }
            }
        } catch (ModelException e) {
            if (parameters != null) {
                parameters.close();
            }
            throw e;
        }
        return new Contents(directory, metadata, variant, Sha256.hex(metadataBytes), parameters);
    }

    /**
     * What a model directory says it holds, from its metadata alone: nothing else is read or hashed.
     *
     * @param directory the directory
     * @return its metadata and variant, checked as metadata
     * @throws ModelException when the directory or its metadata is missing or broken
     */
    public static Described describe(Path directory) throws ModelException {
        Path metadataFile = directory.resolve(METADATA);
        if (!Files.isRegularFile(metadataFile)) {
            throw new ModelException(directory, Files.isDirectory(directory) ? METADATA + " is missing"
                    : "no such model directory");
        }
        ModelMetadata metadata = parse(metadataFile, FileBytes.read(metadataFile));
        return new Described(metadata, metadata.validate(metadataFile));
    }

    /**
     * The kind of model a directory declares: its metadata's {@code "kind"}. The paper's detectors declare none; a
     * directory whose metadata is missing or is no JSON object declares none either, and reading it as a detector
     * says what is wrong with it.
     *
     * @param directory a model directory
     * @return the kind it names, empty for none
     * @throws ModelException when its metadata is too large to be a model's, or names a kind that is not a text
     */
    public static Optional<String> declaredKind(Path directory) throws ModelException {
        Path metadataFile = directory.resolve(METADATA);
        if (!Files.isRegularFile(metadataFile)) {
            return Optional.empty();
        }
        JsonNode kind;
        try {
            if (Files.size(metadataFile) > KIND_PROBE_LIMIT) {
                throw new ModelException(metadataFile, "is " + Files.size(metadataFile) + " bytes, more than the "
                        + KIND_PROBE_LIMIT + " a model's metadata may have");
            }
            JsonNode root = JSON.readTree(metadataFile.toFile());
            kind = root == null ? null : root.get("kind");
        } catch (IOException e) {
            return Optional.empty();
        }
        if (kind == null) {
            return Optional.empty();
        }
        if (!kind.isTextual() || kind.asText().isBlank()) {
            throw new ModelException(metadataFile, "field 'kind' is " + kind + ", expected the name of a model kind");
        }
        return Optional.of(kind.asText());
    }

    /**
     * A model directory's metadata, unverified against its files.
     *
     * @param metadata the metadata
     * @param variant  the variant it names
     */
    public record Described(ModelMetadata metadata, Variant variant) {
    }

    private static ModelMetadata parse(Path metadataFile, byte[] bytes) throws ModelException {
        try {
            return JSON.readValue(bytes, ModelMetadata.class);
        } catch (JsonProcessingException e) {
            throw new ModelException(metadataFile, "is not valid model metadata: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelException(metadataFile, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Path listedFile(Path directory, Path metadataFile, String name) throws ModelException {
        Path file = directory.resolve(name).normalize();
        if (name.isBlank() || !file.getParent().equals(directory.normalize()) || METADATA.equals(name)) {
            throw new ModelException(metadataFile, "sha256 lists '" + name + "', which is not a file of the model"
                    + " directory");
        }
        return file;
    }
}
