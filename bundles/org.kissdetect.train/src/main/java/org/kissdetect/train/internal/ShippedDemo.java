package org.kissdetect.train.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo model as this bundle ships it ({@code models/demo/}): its linear layer as a training checkpoint
 * ({@code head.safetensors}, whose setup names the seed of the random backbones) and the {@code metadata.json} of
 * the model directory it rebuilds to, which pins the parameters' sha256 and records the head's.
 *
 * @param metadata the shipped metadata.json, or {@code null}
 * @param head     the shipped head checkpoint, or {@code null}
 */
record ShippedDemo(byte[] metadata, byte[] head) {

    static final String HEAD = "head.safetensors";
    static final String METADATA = "metadata.json";
    static final String PARAMETERS = "detector.safetensors";
    /** Records the parameters file as it was when its hash last matched: size, time and identity. */
    static final String CHECKED = ".parameters-checked";
    private static final ObjectMapper JSON = new ObjectMapper();

    static ShippedDemo load() throws IOException {
        return new ShippedDemo(resource(METADATA), resource(HEAD));
    }

    boolean complete() {
        return metadata != null && head != null;
    }

    /**
     * Whether a directory holds exactly the shipped model: the same metadata, parameters of the pinned hash. The
     * parameters (333 MB) are hashed only when they changed since their hash last matched: the classifier hashes
     * them anyway when it loads them, and would report a change that kept their size and time.
     */
    boolean isIn(Path directory) throws IOException {
        Path parameters = directory.resolve(PARAMETERS);
        Path metadataFile = directory.resolve(METADATA);
        if (!Files.isRegularFile(metadataFile) || !Files.isRegularFile(parameters)
                || !Arrays.equals(Files.readAllBytes(metadataFile), metadata)) {
            return false;
        }
        Path checked = directory.resolve(CHECKED);
        byte[] stamp = stamp(parameters);
        if (recorded(checked, stamp)) {
            return true;
        }
        if (!Sha256.hex(parameters).equals(pinned(PARAMETERS))) {
            return false;
        }
        try {
            Files.deleteIfExists(checked);
            Files.write(checked, stamp, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            // A read-only demo model is still the demo model: it is hashed again next time.
        }
        return true;
    }

    private static boolean recorded(Path checked, byte[] stamp) {
        try {
            return Files.isRegularFile(checked, LinkOption.NOFOLLOW_LINKS) && Files.size(checked) == stamp.length
                    && Arrays.equals(Files.readAllBytes(checked), stamp);
        } catch (IOException e) {
            return false;
        }
    }

    /** The pinned hash, the file's size, modification time and identity (inode): what a change alters. */
    private byte[] stamp(Path parameters) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(parameters, BasicFileAttributes.class);
        return (pinned(PARAMETERS) + " " + attributes.size() + " " + attributes.lastModifiedTime().toInstant() + " "
                + attributes.fileKey()).getBytes(StandardCharsets.UTF_8);
    }

    /** Rebuilds the model directory from the head and the seed, checks it against the shipped hashes, moves it in. */
    void rebuild(Path directory, NetworkTrainer trainer, TrainingListener listener) throws ModelException, IOException {
        Path shippedHead = Path.of("models/demo", HEAD);
        String headSha256 = Sha256.hex(head);
        if (!headSha256.equals(recordedHeadSha256())) {
            throw new ModelException(shippedHead, "is damaged: its sha256 is " + headSha256 + " but the shipped "
                    + METADATA + " records " + recordedHeadSha256());
        }
        JsonNode parsed = JSON.readTree(metadata);
        try (OutputTransaction output = new OutputTransaction()) {
            Path staging = output.stagedFolder(directory);
            listener.stage("rebuilding the demo model", 0, 2);
            Files.write(staging.resolve(HEAD), head);
            try (TrainableNetwork network = trainer.resume(staging.resolve(HEAD))) {
                network.export(staging, parsed.path("id").asText(), parsed.path("version").asText(),
                        JSON.convertValue(parsed.path("provenance"), new TypeReference<LinkedHashMap<String, Object>>() {
                        }));
            }
            listener.stage("rebuilding the demo model", 1, 2);
            String rebuilt = Sha256.hex(staging.resolve(PARAMETERS));
            if (!rebuilt.equals(pinned(PARAMETERS))) {
                throw new ModelException(directory, "rebuilding the demo model gave parameters of sha256 " + rebuilt
                        + ", but the shipped " + METADATA + " pins " + pinned(PARAMETERS) + " (a changed seeded"
                        + " initialisation or network layout; retrain with 'kissdetect train --demo --retrain')");
            }
            Files.write(staging.resolve(METADATA), metadata);
            Files.write(staging.resolve(CHECKED), stamp(staging.resolve(PARAMETERS)));
            output.commit();
            listener.stage("rebuilding the demo model", 2, 2);
        }
    }

    private String pinned(String file) throws IOException {
        Map<String, String> hashes = JSON.convertValue(JSON.readTree(metadata).path("sha256"),
                new TypeReference<Map<String, String>>() {
                });
        return String.valueOf(hashes.get(file));
    }

    private String recordedHeadSha256() throws IOException {
        return JSON.readTree(metadata).path("provenance").path("demo").path("headSha256").asText();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShippedDemo.class.getResourceAsStream(DemoRecipe.RESOURCES + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
