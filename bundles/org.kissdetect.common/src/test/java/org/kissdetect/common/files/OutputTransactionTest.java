package org.kissdetect.common.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTransactionTest {

    @TempDir
    Path folder;

    @Test
    void nothingAppearsUntilTheCommit() throws Exception {
        try (OutputTransaction transaction = new OutputTransaction()) {
            transaction.file(folder.resolve("a.txt"), out -> out.write('a'));
            transaction.folder(folder.resolve("report"), f -> Files.writeString(f.resolve("index.html"), "x"));

            assertThat(folder.resolve("a.txt")).doesNotExist();
            assertThat(folder.resolve("report")).doesNotExist();
            transaction.commit();
        }
        assertThat(folder.resolve("a.txt")).hasContent("a");
        assertThat(folder.resolve("report/index.html")).hasContent("x");
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aFailureWhileWritingLeavesEverythingAsItWas() throws Exception {
        Path earlier = Files.writeString(folder.resolve("a.txt"), "earlier");

        assertThatThrownBy(() -> {
            try (OutputTransaction transaction = new OutputTransaction()) {
                transaction.file(earlier, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
                transaction.file(folder.resolve("b.txt"), out -> {
                    throw new IOException("No space left on device");
                });
                transaction.commit();
            }
        }).hasMessageContaining("No space left");

        assertThat(earlier).hasContent("earlier");
        assertThat(folder.resolve("b.txt")).doesNotExist();
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aFailedRenamePutsBackWhatWasReplaced() throws Exception {
        Path earlier = Files.writeString(folder.resolve("a.txt"), "earlier");
        Path blocked = Files.createDirectories(folder.resolve("blocked"));

        assertThatThrownBy(() -> {
            try (OutputTransaction transaction = new OutputTransaction()) {
                transaction.file(earlier, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
                transaction.file(blocked.resolve("b.txt"), out -> out.write('b'));
                Files.delete(blocked.resolve(onlyEntry(blocked)));
                Files.delete(blocked); // the staged file vanished: its rename fails after a.txt was replaced
                transaction.commit();
            }
        }).isInstanceOf(IOException.class);

        assertThat(earlier).hasContent("earlier");
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aNewFolderGetsTheUmasksPermissions() throws Exception {
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(Files.createDirectory(folder.resolve("ref")));
        try (OutputTransaction transaction = new OutputTransaction()) {
            transaction.folder(folder.resolve("report"), f -> Files.writeString(f.resolve("index.html"), "x"));
            transaction.commit();
        }
        assertThat(Files.getPosixFilePermissions(folder.resolve("report"))).isEqualTo(expected);
    }

    @Test
    void aStagedFileFilledByItsNameReplacesItsTargetOnCommit() throws Exception {
        Path target = Files.writeString(folder.resolve("film.mp4"), "earlier");
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staging = transaction.stagedFile(target);
            Files.writeString(staging, "encoded"); // as an encoder that opens the file by name does

            assertThat(staging.getParent()).isEqualTo(folder);
            assertThat(staging.getFileName().toString()).startsWith(".kissdetect-").hasSizeLessThan(40);
            assertThat(target).hasContent("earlier");
            transaction.commit();
        }
        assertThat(target).hasContent("encoded");
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aStagedFolderNotCommittedIsDeletedAndTheTargetKept() throws Exception {
        Path model = Files.createDirectories(folder.resolve("model"));
        Files.writeString(model.resolve("metadata.json"), "{}");
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staging = transaction.stagedFolder(model);
            Files.writeString(staging.resolve("metadata.json"), "{\"half\": true}");
        }
        assertThat(model.resolve("metadata.json")).hasContent("{}");
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aWriterThatClosesWhatItIsGivenStillCommitsAWholeFile() throws Exception {
        Path target = folder.resolve("metadata.json");
        try (OutputTransaction transaction = new OutputTransaction()) {
            transaction.file(target, out -> {
                out.write("{}".getBytes(StandardCharsets.UTF_8));
                out.close(); // as Jackson's writeValue(OutputStream) does
            });
            transaction.commit();
        }
        assertThat(target).hasContent("{}");
    }

    private static String onlyEntry(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findFirst().orElseThrow().getFileName().toString();
        }
    }

    private long hiddenLeftovers() throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".kissdetect")).count();
        }
    }
}
