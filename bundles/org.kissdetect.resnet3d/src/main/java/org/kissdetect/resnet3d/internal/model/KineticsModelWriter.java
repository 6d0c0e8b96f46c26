package org.kissdetect.resnet3d.internal.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.resnet3d.internal.network.R3d34Architecture;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

/**
 * Writes a Kinetics action model directory: the parameters ({@value #PARAMETERS}), {@value #MODEL_CARD}, and
 * {@code metadata.json} with the hash of both. The directory is built beside its target and renamed into place
 * whole, so an interrupted write leaves what was there before.
 */
public final class KineticsModelWriter {

    /** The parameters file. */
    public static final String PARAMETERS = "r3d34.safetensors";
    /** The model card. */
    public static final String MODEL_CARD = "MODEL_CARD.md";

    private KineticsModelWriter() {
    }

    /**
     * What to write.
     *
     * @param id               the model's id
     * @param version          its version
     * @param shortcut         {@code A} or {@code B}
     * @param classes          the class list it was given
     * @param preprocessing    what its clips must be
     * @param threshold        the default threshold
     * @param provenance       where it comes from
     * @param checkpointName   the checkpoint's file name, for the model card
     * @param checkpointSha256 the checkpoint's sha256, for the model card
     */
    public record Description(String id, String version, String shortcut, ClassList classes,
            ClipPreprocessing preprocessing, double threshold, Map<String, Object> provenance, String checkpointName,
            String checkpointSha256) {
    }

    /**
     * Writes a model directory, replacing an earlier Kinetics model directory there; any other non-empty folder is
     * refused.
     *
     * @param directory   the directory to make
     * @param description what to write
     * @param parameters  the tensors, under their state-dict names
     * @return the files written, at their final place, with their hashes
     * @throws IOException when the directory cannot be written or holds something else
     */
    public static List<ImportedFile> write(Path directory, Description description, List<Tensor> parameters)
            throws IOException {
        refuseForeignContent(directory);
        List<ImportedFile> written = new ArrayList<>();
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staged = transaction.stagedFolder(directory);
            MessageDigest digest = Sha256.newDigest();
            try (OutputStream out = new BufferedOutputStream(
                    new DigestOutputStream(Files.newOutputStream(staged.resolve(PARAMETERS)), digest), 1 << 16)) {
                Safetensors.write(parameters, out);
            }
            String parametersSha256 = Sha256.hex(digest);
            KineticsMetadata unsigned = metadata(description, Map.of(PARAMETERS, parametersSha256));
            byte[] card = ModelCard.text(unsigned, description.checkpointName(), description.checkpointSha256())
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(staged.resolve(MODEL_CARD), card);
            Map<String, String> hashes = new LinkedHashMap<>();
            hashes.put(PARAMETERS, parametersSha256);
            hashes.put(MODEL_CARD, Sha256.hex(card));
            byte[] metadata = KineticsModelDirectory.JSON.writeValueAsBytes(metadata(description, hashes));
            Files.write(staged.resolve(KineticsModelDirectory.METADATA), metadata);
            transaction.commit();
            written.add(new ImportedFile(directory.resolve(PARAMETERS), parametersSha256,
                    "3D ResNet-34 parameters (" + description.classes().names().size() + " Kinetics classes)"));
            written.add(new ImportedFile(directory.resolve(MODEL_CARD), Sha256.hex(card), "model card"));
            written.add(new ImportedFile(directory.resolve(KineticsModelDirectory.METADATA), Sha256.hex(metadata),
                    "Kinetics \"kissing\" model metadata"));
        }
        return written;
    }

    private static KineticsMetadata metadata(Description description, Map<String, String> hashes) {
        return new KineticsMetadata(KineticsMetadata.FORMAT_VERSION, KineticsMetadata.KIND, description.id(),
                description.version(), R3d34Architecture.NAME,
                description.shortcut(), description.classes().names(), description.classes().sha256(),
                KineticsMetadata.KISSING, description.threshold(), description.preprocessing(), PARAMETERS,
                description.provenance(), hashes, null);
    }

    private static void refuseForeignContent(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            boolean empty;
            try (var entries = Files.list(directory)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !KineticsModelDirectory.kindOf(directory).orElse("").equals(KineticsMetadata.KIND)) {
                throw new IOException(directory + " exists and holds something other than a Kinetics model: not"
                        + " replaced");
            }
        } else if (Files.exists(directory)) {
            throw new IOException(directory + " exists and is not a folder: not replaced");
        }
    }
}
