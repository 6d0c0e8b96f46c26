package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.checkpoints.internal.CheckpointImporterComponent;
import org.kissdetect.checkpoints.testing.PickleBuilder;
import org.kissdetect.checkpoints.testing.PthWriter;
import org.kissdetect.common.text.Sha256;

/** {@code kissdetect models import} through the real checkpoint reader, with a layout that writes a text file. */
class ModelsCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Recognises a state dict with a tensor {@code w}; writes its values as text. */
    private static final CheckpointLayout TEXT = new CheckpointLayout() {
        @Override
        public String name() {
            return "text layout";
        }

        @Override
        public boolean recognises(StateDict stateDict) {
            return stateDict.has("w");
        }

        @Override
        public List<ImportedFile> write(StateDict stateDict, ImportOptions options, Path target) throws IOException {
            Path file = Files.writeString(target.resolve("w.txt"),
                    java.util.Arrays.toString(stateDict.tensors().get("w").floats()));
            return List.of(new ImportedFile(file, Sha256.hex(file), "the values"));
        }
    };

    @Test
    void printsTheSha256OfEveryInputAndOutput() throws Exception {
        Path checkpoint = new PthWriter().add("w", new long[] {3}, i -> i).wrappedWithModulePrefix()
                .write(folder.resolve("w.pth"));
        Path out = folder.resolve("imported");

        assertThat(run("models", "import", checkpoint.toString(), "--out", out.toString())).isZero();

        assertThat(out.resolve("w.txt")).hasContent("[0.0, 1.0, 2.0]");
        assertThat(this.out.toString()).isEqualTo(Sha256.hex(checkpoint) + "  " + checkpoint + "  (text layout)\n"
                + Sha256.hex(out.resolve("w.txt")) + "  " + out.resolve("w.txt") + "  (the values)\n");
    }

    @Test
    void aCheckpointThatWouldRunACommandIsBadInputAndRunsNothing() throws Exception {
        Path marker = folder.resolve("ran");
        Path evil = Files.write(folder.resolve("evil.pth"), new PickleBuilder().proto(2).global("os", "system")
                .str("touch " + marker).op(0x85).reduce().stop().bytes());
        Path legacy = PthWriter.writeLegacy(evil, new PickleBuilder().proto(2).global("os", "system")
                .str("touch " + marker).op(0x85).reduce().stop().bytes());

        assertThat(run("models", "import", legacy.toString(), "--out", folder.resolve("out").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("kissdetect models import: checkpoint " + legacy + ": refused global os.system");
        assertThat(marker).doesNotExist();
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aFileNamedAfterAnotherHashIsBadInput() throws Exception {
        Path checkpoint = new PthWriter().add("w", new long[] {3}, i -> i).write(folder.resolve("resnet18-deadbeef.pth"));

        assertThat(run("models", "import", checkpoint.toString(), "--out", folder.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("its name claims a sha256 starting with deadbeef");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWith4() throws Exception {
        Path checkpoint = new PthWriter().add("w", new long[] {3}, i -> i).write(folder.resolve("w.pth"));

        assertThat(run("models", "import", checkpoint.toString(), "--out", checkpoint.toString())).isEqualTo(4);
        assertThat(run("models", "import", checkpoint.toString(), "--out", "/proc/version/x")).isEqualTo(4);
        assertThat(err.toString()).contains("cannot write into " + checkpoint + ": it is not a folder");
    }

    @Test
    void modelsAloneAsksForWhatToDoAndImportExplainsItself() {
        assertThat(run("models")).isEqualTo(2);
        assertThat(err.toString()).contains("name what to do: import").contains("Try 'kissdetect models --help'.");
        assertThat(run("models", "import", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: kissdetect models import").contains("--classes");
    }

    private int run(String... args) {
        ModelsCommand command = new ModelsCommand(new CheckpointImporterComponent(List.of(TEXT)));
        return new CommandLineRunner(List.of(command), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
