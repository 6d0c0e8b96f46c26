package org.kissdetect.common.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFileAppearsWholeAndCreatesItsFolder() throws Exception {
        Path target = folder.resolve("a/b/c.txt");

        AtomicFiles.writeString(target, "content");

        assertThat(target).hasContent("content");
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aFailedWriteKeepsThePreviousContent() throws Exception {
        Path target = Files.writeString(folder.resolve("c.txt"), "before");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("before");
        assertThat(hiddenLeftovers()).isZero();
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path target = Files.writeString(folder.resolve("c.txt"), "before");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.writeString(target, "after");

        assertThat(target).hasContent("after");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void aLinkStaysALinkAndWhatItPointsToIsReplaced() throws Exception {
        Path real = Files.writeString(folder.resolve("real.txt"), "before");
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), real);

        AtomicFiles.writeString(link, "after");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("after");
    }

    @Test
    void aDanglingLinkOrAFolderIsRefusedWithItsName() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), folder.resolve("missing.txt"));

        assertThatThrownBy(() -> AtomicFiles.writeString(link, "x")).isInstanceOf(IOException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x")).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + folder + ": it is a folder");
        assertThat(folder.resolve("missing.txt")).doesNotExist();
    }

    @Test
    void aFifoIsWrittenToNotReplaced() throws Exception {
        Path fifo = folder.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Process reader = new ProcessBuilder("cat", fifo.toString()).start();

        AtomicFiles.writeString(fifo, "through the pipe");

        assertThat(new String(reader.getInputStream().readAllBytes())).isEqualTo("through the pipe");
        assertThat(reader.waitFor()).isZero();
        assertThat(AtomicFiles.isStream(fifo)).isTrue();
    }

    private long hiddenLeftovers() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".kissdetect-")).count();
        }
    }
}
