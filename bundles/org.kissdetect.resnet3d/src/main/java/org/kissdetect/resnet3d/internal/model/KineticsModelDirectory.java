package org.kissdetect.resnet3d.internal.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.common.files.VerifiedHashes;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads a Kinetics action model directory: {@code metadata.json} and the files it lists with their sha256. Every
 * hash is checked, and the parameters' header too, before anything reaches libtorch; each file is hashed and
 * parsed from the same bytes, so nothing changes in between.
 */
public final class KineticsModelDirectory {

    /** The metadata file of every model directory. */
    public static final String METADATA = "metadata.json";
    /** The largest metadata file read (a 700-class list is about 15 KB). */
    private static final long METADATA_LIMIT = 4L << 20;
    /** The largest model file read: a Java array. */
    private static final long FILE_LIMIT = Integer.MAX_VALUE - 16L;

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A model directory whose files match their hashes.
     *
     * @param directory      the directory
     * @param metadata       its metadata, validated
     * @param metadataSha256 the sha256 of {@code metadata.json}, which pins every other file
     * @param parameters     the tensors of the parameters file
     */
    public record Contents(Path directory, KineticsMetadata metadata, String metadataSha256, List<Tensor> parameters) {
    }

    private KineticsModelDirectory() {
    }

    /**
     * The kind a model directory declares, read from its metadata alone.
     *
     * @param directory a model directory
     * @return its metadata's {@code kind}, empty when it has none (the classification bundle's detectors), when
     *         there is no readable metadata or it is not a JSON object
     */
    public static Optional<String> kindOf(Path directory) {
        Path file = directory.resolve(METADATA);
        try {
            JsonNode node = JSON.readTree(read(file, METADATA_LIMIT));
            return node != null && node.path("kind").isTextual() ? Optional.of(node.get("kind").asText())
                    : Optional.empty();
        } catch (ModelException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a model directory's metadata alone, checked as metadata: no other file is read or hashed.
     *
     * @param directory the directory
     * @return its metadata, validated
     * @throws ModelException naming the directory or the metadata file (and field) at fault
     */
    public static KineticsMetadata metadata(Path directory) throws ModelException {
        Path metadataFile = directory.resolve(METADATA);
        if (!Files.isDirectory(directory)) {
            throw new ModelException(directory, Files.exists(directory) ? "is not a directory"
                    : "no such model directory");
        }
        KineticsMetadata metadata = parse(metadataFile, read(metadataFile, METADATA_LIMIT));
        metadata.validate(metadataFile);
        return metadata;
    }

    /**
     * Reads and checks a model directory.
     *
     * @param directory the directory
     * @return its verified contents
     * @throws ModelException naming the file (and field or tensor) at fault
     */
    public static Contents read(Path directory) throws ModelException {
        if (!Files.isDirectory(directory)) {
            throw new ModelException(directory, Files.exists(directory) ? "is not a directory"
                    : "no such model directory");
        }
        Path metadataFile = directory.resolve(METADATA);
        byte[] metadataBytes = read(metadataFile, METADATA_LIMIT);
        KineticsMetadata metadata = parse(metadataFile, metadataBytes);
        metadata.validate(metadataFile);
        List<Tensor> parameters = null;
        for (Map.Entry<String, String> listed : metadata.sha256().entrySet()) {
            Path file = listedFile(directory, metadataFile, listed.getKey());
            // Mapped, not read: the 255 MB of parameters never sit on the heap twice (detect runs in 512 MB). The hash
            // is of the very bytes the tensors are then read from.
            ByteBuffer content = map(file, FILE_LIMIT);
            // Hashed once, and again in a later run only when the file may have changed (see VerifiedHashes).
            String actual = VerifiedHashes.inCache().sha256(file, () -> {
                MessageDigest digest = Sha256.newDigest();
                digest.update(content.duplicate());
                return Sha256.hex(digest);
            });
            if (!actual.equalsIgnoreCase(String.valueOf(listed.getValue()))) {
                throw new ModelException(file, "sha256 is " + actual + " but " + METADATA + " records "
                        + listed.getValue() + " (the file changed or is damaged)");
            }
            if (listed.getKey().equals(metadata.parameters())) {
                try {
                    parameters = Safetensors.read(file, content);
                } catch (IOException e) {
                    throw new ModelException(file, e.getMessage(), e);
                }
            }
        }
        return new Contents(directory, metadata, Sha256.hex(metadataBytes), parameters);
    }

    private static KineticsMetadata parse(Path metadataFile, byte[] bytes) throws ModelException {
        try {
            KineticsMetadata metadata = JSON.readValue(bytes, KineticsMetadata.class);
            if (metadata == null) {
                throw new ModelException(metadataFile, "is empty JSON (null), not model metadata");
            }
            return metadata;
        } catch (JsonProcessingException e) {
            throw new ModelException(metadataFile, "is not valid Kinetics model metadata: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new ModelException(metadataFile, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file, long limit) throws ModelException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ModelException(file, Files.exists(file) ? "is not a regular file" : "is missing");
            }
            long size = Files.size(file);
            if (size > limit) {
                throw new ModelException(file, "is " + size + " bytes, more than the " + limit + " it may have");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelException(file, "is missing", e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ByteBuffer map(Path file, long limit) throws ModelException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ModelException(file, Files.exists(file) ? "is not a regular file" : "is missing");
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size > limit) {
                    throw new ModelException(file, "is " + size + " bytes, more than the " + limit + " it may have");
                }
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            }
        } catch (NoSuchFileException e) {
            throw new ModelException(file, "is missing", e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Path listedFile(Path directory, Path metadataFile, String name) throws ModelException {
        Path file = directory.resolve(name).normalize();
        if (name.isBlank() || !directory.normalize().equals(file.getParent()) || METADATA.equals(name)) {
            throw new ModelException(metadataFile, "sha256 lists '" + name + "', which is not a file of the model"
                    + " directory");
        }
        return file;
    }
}
