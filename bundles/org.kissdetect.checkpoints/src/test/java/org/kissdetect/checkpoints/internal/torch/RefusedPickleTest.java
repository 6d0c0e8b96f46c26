package org.kissdetect.checkpoints.internal.torch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.checkpoints.testing.PickleBuilder;
import org.kissdetect.checkpoints.testing.PthWriter;

/**
 * A pickle is a program: globals a state dict never needs are refused with the file and the global named, and
 * nothing runs. Each hostile pickle would create a marker file if it ran; the file never appears.
 */
class RefusedPickleTest {

    @TempDir
    Path folder;

    @Test
    void refusesOsSystemInAZipCheckpointAndRunsNothing() throws Exception {
        Path marker = folder.resolve("ran");
        byte[] pickle = new PickleBuilder().proto(2).global("os", "system").mark().str("touch " + marker).tuple()
                .reduce().stop().bytes();
        Path file = zipWith(pickle, "evil.pth");

        assertThatThrownBy(() -> PthReader.read(file, "0".repeat(64)))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("refused global os.system: a state dict never needs it");
        assertThat(marker).doesNotExist();
    }

    @Test
    void refusesBuiltinsEvalNamedByStackGlobal() throws Exception {
        Path marker = folder.resolve("ran");
        byte[] pickle = new PickleBuilder().proto(4).stackGlobal("builtins", "eval")
                .str("open('" + marker + "', 'w')").op(0x85).reduce().stop().bytes();
        Path file = zipWith(pickle, "eval.pth");

        assertThatThrownBy(() -> PthReader.read(file, "0".repeat(64)))
                .hasMessageContaining(file.toString()).hasMessageContaining("refused global builtins.eval");
        assertThat(marker).doesNotExist();
    }

    @Test
    void refusesSubprocessPopenInsideAStateDict() throws Exception {
        Path marker = folder.resolve("ran");
        byte[] pickle = new PickleBuilder().proto(2).global("collections", "OrderedDict").emptyTuple().reduce()
                .mark().str("conv.weight").global("subprocess", "Popen").mark().str("touch").str(marker.toString())
                .op(0x86).op(0x85).reduce().setItems().stop().bytes();
        Path file = zipWith(pickle, "popen.pth");

        assertThatThrownBy(() -> PthReader.read(file, "0".repeat(64)))
                .hasMessageContaining(file.toString()).hasMessageContaining("refused global subprocess.Popen");
        assertThat(marker).doesNotExist();
    }

    @Test
    void refusesOsSystemInTheLegacyFormat() throws Exception {
        Path marker = folder.resolve("ran");
        Path file = PthWriter.writeLegacy(folder.resolve("legacy.pth"), new PickleBuilder().proto(2)
                .global("os", "system").str("touch " + marker).op(0x85).reduce().stop().bytes());

        assertThatThrownBy(() -> PthReader.read(file, "0".repeat(64)))
                .hasMessageContaining(file.toString()).hasMessageContaining("refused global os.system");
        assertThat(marker).doesNotExist();
    }

    @Test
    void refusesInstAndObjOfAnyOtherClass() throws Exception {
        byte[] inst = new PickleBuilder().proto(0).mark().str("x").op('i')
                .raw("os\nsystem\n".getBytes(StandardCharsets.US_ASCII)).stop().bytes();
        byte[] obj = new PickleBuilder().proto(1).mark().global("posix", "system").str("x").op('o').stop().bytes();

        assertThatThrownBy(() -> PthReader.read(zipWith(inst, "inst.pth"), "0".repeat(64)))
                .hasMessageContaining("refused global os.system");
        assertThatThrownBy(() -> PthReader.read(zipWith(obj, "obj.pth"), "0".repeat(64)))
                .hasMessageContaining("refused global posix.system");
    }

    @Test
    void refusesCallingAStorageClassAndBuildingAnythingButADict() throws Exception {
        byte[] call = new PickleBuilder().proto(2).global("torch", "FloatStorage").emptyTuple().reduce().stop().bytes();
        byte[] build = new PickleBuilder().proto(2).op(']').emptyDict().build().stop().bytes();

        assertThatThrownBy(() -> PthReader.read(zipWith(call, "call.pth"), "0".repeat(64)))
                .hasMessageContaining("refused to call torch.FloatStorage");
        assertThatThrownBy(() -> PthReader.read(zipWith(build, "build.pth"), "0".repeat(64)))
                .hasMessageContaining("refused to set the state of a list of 0");
    }

    /** A zip checkpoint as torch lays it out, holding only the given pickle. */
    Path zipWith(byte[] pickle, String name) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry = new ZipEntry("archive/data.pkl");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(pickle.length);
            CRC32 crc = new CRC32();
            crc.update(pickle);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(pickle);
            zip.closeEntry();
        }
        return file;
    }
}
