package org.kissdetect.train.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.api.train.TrainingListener;

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
    private static final ObjectMapper JSON = new ObjectMapper();

    static ShippedDemo load() throws IOException {
        return new ShippedDemo(resource(METADATA), resource(HEAD));
    }

    boolean complete() {
        return metadata != null && head != null;
    }

    /** Whether a directory holds exactly the shipped model: the same metadata, parameters of the pinned hash. */
    boolean isIn(Path directory) throws IOException {
        Path parameters = directory.resolve(PARAMETERS);
        Path metadataFile = directory.resolve(METADATA);
        return Files.isRegularFile(metadataFile) && Files.isRegularFile(parameters)
                && Arrays.equals(Files.readAllBytes(metadataFile), metadata)
                && Hashes.sha256(parameters).equals(pinned(PARAMETERS));
    }

    /** Rebuilds the model directory from the head and the seed, checks it against the shipped hashes, moves it in. */
    void rebuild(Path directory, NetworkTrainer trainer, TrainingListener listener) throws ModelException, IOException {
        Path shippedHead = Path.of("models/demo", HEAD);
        String headSha256 = Hashes.sha256(head);
        if (!headSha256.equals(recordedHeadSha256())) {
            throw new ModelException(shippedHead, "is damaged: its sha256 is " + headSha256 + " but the shipped "
                    + METADATA + " records " + recordedHeadSha256());
        }
        JsonNode parsed = JSON.readTree(metadata);
        Path staging = AtomicFiles.stagingFolderFor(directory);
        try {
            listener.stage("rebuilding the demo model", 0, 2);
            Files.write(staging.resolve(HEAD), head);
            try (TrainableNetwork network = trainer.resume(staging.resolve(HEAD))) {
                network.export(staging, parsed.path("id").asText(), parsed.path("version").asText(),
                        JSON.convertValue(parsed.path("provenance"), new TypeReference<LinkedHashMap<String, Object>>() {
                        }));
            }
            listener.stage("rebuilding the demo model", 1, 2);
            String rebuilt = Hashes.sha256(staging.resolve(PARAMETERS));
            if (!rebuilt.equals(pinned(PARAMETERS))) {
                throw new ModelException(directory, "rebuilding the demo model gave parameters of sha256 " + rebuilt
                        + ", but the shipped " + METADATA + " pins " + pinned(PARAMETERS) + " (a changed seeded"
                        + " initialisation or network layout; retrain with 'kissdetect train --demo --retrain')");
            }
            Files.write(staging.resolve(METADATA), metadata);
            AtomicFiles.replace(staging, directory);
            listener.stage("rebuilding the demo model", 2, 2);
        } finally {
            AtomicFiles.deleteRecursively(staging);
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
