package org.kissdetect.resnet3d.internal.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.resnet3d.internal.network.R3d34Architecture;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

/**
 * Writes the model directory of a 3D detector trained here ({@value KineticsMetadata#CLIP_KIND}): the layout of a
 * Kinetics model with the two classes {@value KineticsMetadata#NOT_KISSING} and {@value KineticsMetadata#KISSING},
 * so that its probability is the softmax of its two logits at class 1, as the paper's; a {@code clip+audio} detector
 * also holds its audio branch's tensors ({@code audio.*}) and says so in its metadata's {@code variant}. Built beside its target and
 * renamed into place whole; a non-empty folder that holds no clip detector is refused.
 */
public final class ClipDetectorWriter {

    /** The classes by logit index, as the paper's detectors number them. */
    public static final List<String> CLASSES = List.of(KineticsMetadata.NOT_KISSING, KineticsMetadata.KISSING);

    private ClipDetectorWriter() {
    }

    /**
     * Writes a model directory.
     *
     * @param directory     the directory to make
     * @param id            the model's id
     * @param version       its version
     * @param shortcut      {@code A} or {@code B}
     * @param audio         whether it has the audio branch (the {@code clip+audio} variant)
     * @param preprocessing what its clips must be
     * @param provenance    how it came about
     * @param parameters    the network's tensors with a two-row {@code fc}, under their state-dict names
     * @throws IOException when the directory cannot be written or holds something else
     */
    public static void write(Path directory, String id, String version, String shortcut, boolean audio,
            ClipPreprocessing preprocessing, Map<String, Object> provenance, List<Tensor> parameters)
            throws IOException {
        refuseForeignContent(directory);
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staged = transaction.stagedFolder(directory);
            MessageDigest digest = Sha256.newDigest();
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(
                    Files.newOutputStream(staged.resolve(KineticsModelWriter.PARAMETERS)), digest), 1 << 16)) {
                Safetensors.write(parameters, out);
            }
            Map<String, String> hashes = new LinkedHashMap<>();
            hashes.put(KineticsModelWriter.PARAMETERS, Sha256.hex(digest));
            KineticsMetadata metadata = new KineticsMetadata(KineticsMetadata.FORMAT_VERSION,
                    KineticsMetadata.CLIP_KIND, id, version, R3d34Architecture.NAME, shortcut, CLASSES,
                    Sha256.hex(String.join("\n", CLASSES).getBytes(StandardCharsets.UTF_8)), KineticsMetadata.KISSING,
                    KineticsMetadata.DEFAULT_THRESHOLD, preprocessing, KineticsModelWriter.PARAMETERS, provenance,
                    hashes, audio ? KineticsMetadata.CLIP_AUDIO : null);
            Files.write(staged.resolve(KineticsModelDirectory.METADATA),
                    KineticsModelDirectory.JSON.writeValueAsBytes(metadata));
            transaction.commit();
        }
    }

    private static void refuseForeignContent(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            boolean empty;
            try (var entries = Files.list(directory)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !KineticsModelDirectory.kindOf(directory).orElse("").equals(KineticsMetadata.CLIP_KIND)) {
                throw new IOException(directory + " exists and holds something other than a clip detector: not"
                        + " replaced");
            }
        } else if (Files.exists(directory)) {
            throw new IOException(directory + " exists and is not a folder: not replaced");
        }
    }
}
