package org.kissdetect.checkpoints.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointImporter;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.checkpoints.internal.torch.PthReader;
import org.kissdetect.common.text.Sha256;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Reads checkpoints with {@link PthReader} and imports them through the layouts the bundles that own networks
 * contribute (whiteboard: any number, coming and going).
 */
@Component(service = CheckpointImporter.class)
public final class CheckpointImporterComponent implements CheckpointImporter {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<CheckpointLayout> layouts = List.of();

    /** For DS. */
    public CheckpointImporterComponent() {
    }

    /** Outside OSGi (tests): with these layouts. */
    public CheckpointImporterComponent(List<CheckpointLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    @Override
    public StateDict read(Path file) throws CheckpointException {
        return PthReader.read(file, hash(file));
    }

    @Override
    public List<ImportResult> importCheckpoints(List<Path> files, ImportOptions options, Path folder)
            throws CheckpointException, IOException {
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            String sha256 = hash(file);
            HashClaim.check(file, sha256);
            StateDict stateDict = PthReader.read(file, sha256);
            CheckpointLayout layout = layoutOf(stateDict);
            Files.createDirectories(folder);
            List<ImportedFile> written = layout.write(stateDict, options, folder);
            results.add(new ImportResult(file, sha256, layout.name(), List.copyOf(written)));
        }
        return results;
    }

    private CheckpointLayout layoutOf(StateDict stateDict) throws CheckpointException {
        List<CheckpointLayout> installed = List.copyOf(layouts);
        List<CheckpointLayout> recognising = installed.stream().filter(layout -> layout.recognises(stateDict)).toList();
        if (recognising.size() == 1) {
            return recognising.get(0);
        }
        if (recognising.isEmpty()) {
            throw new CheckpointException(stateDict.source(), "its " + stateDict.tensors().size()
                    + " tensors (" + firstNames(stateDict) + ") are of no layout installed here ("
                    + (installed.isEmpty() ? "none" : names(installed)) + ")");
        }
        throw new CheckpointException(stateDict.source(), "is recognised by several layouts (" + names(recognising)
                + "): cannot tell which network it is");
    }

    private static String names(List<CheckpointLayout> layouts) {
        return layouts.stream().map(CheckpointLayout::name).sorted().collect(Collectors.joining(", "));
    }

    private static String firstNames(StateDict stateDict) {
        List<String> names = List.copyOf(stateDict.tensors().keySet());
        return String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", ..." : "");
    }

    private static String hash(Path file) throws CheckpointException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            throw new CheckpointException(file, "cannot be read: "
                    + org.kissdetect.common.files.FileErrors.reason(e), e);
        }
    }
}
