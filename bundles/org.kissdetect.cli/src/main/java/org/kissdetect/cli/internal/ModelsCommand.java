package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointImporter;
import org.kissdetect.api.checkpoint.CheckpointImporter.ImportResult;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.common.files.FileErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect models import}: public PyTorch checkpoints into the files the product loads, without Python. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=models")
@Command(name = "models", description = "Prepares models: 'kissdetect models import --help'.")
public final class ModelsCommand implements Subcommand {

    private final CheckpointImporter importer;

    @Spec
    CommandSpec spec;

    @Activate
    public ModelsCommand(@Reference CheckpointImporter importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do: import");
    }

    @Command(name = "import", sortOptions = false, description = {
            "Reads public PyTorch checkpoints (.pth, as torch.save writes them; nothing in them is run) and writes",
            "what Kiss Detector loads: torchvision's resnet18-f37072fd.pth becomes resnet18-imagenet.safetensors,",
            "torchvggish's vggish-10086976.pth vggish-audioset.safetensors. A file named NAME-HEX.pth must have a",
            "sha256 starting with HEX (torch.hub's rule). Prints the sha256 of every input and output."})
    int importCheckpoints(
            @Parameters(paramLabel = "FILE", arity = "1..*", description = "Checkpoints (.pth).") List<Path> files,
            @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.") Path out,
            @Option(names = "--classes", paramLabel = "FILE",
                    description = "Class names of a classifier checkpoint: one a line, or the dataset's CSV.") Path classes) {
        if (classes != null && !Files.isRegularFile(classes)) {
            throw CommandFailure.badInput("cannot read --classes " + classes + ": "
                    + (Files.exists(classes) ? "not a regular file" : "no such file"));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CommandFailure.cannotWrite("cannot write into " + out + ": it is not a folder");
        }
        OutputChecks.notAnInput(out, files);
        OutputChecks.folderTakesFiles(out);
        ImportOptions options = new ImportOptions(Optional.ofNullable(classes));
        PrintWriter printed = spec.commandLine().getOut();
        for (Path file : files) {
            try {
                for (ImportResult result : importer.importCheckpoints(List.of(file), options, out)) {
                    printed.println(result.sha256() + "  " + result.checkpoint() + "  (" + result.layout() + ")");
                    for (ImportedFile written : result.written()) {
                        printed.println(written.sha256() + "  " + written.path() + "  (" + written.what() + ")");
                    }
                }
                printed.flush();
            } catch (CheckpointException e) {
                throw CommandFailure.badInput(e.getMessage());
            } catch (IOException e) {
                throw CommandFailure.cannotWrite("cannot write into " + out + ": " + FileErrors.reason(e), e);
            }
        }
        return ExitCodes.OK;
    }
}
