package org.kissdetect.checkpoints.internal.torch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.checkpoints.testing.PickleBuilder;
import org.kissdetect.checkpoints.testing.PthWriter;

/** Broken and hostile files give one clear CheckpointException naming the file: no OOM, no hang. */
class HostileCheckpointTest {

    @TempDir
    Path folder;

    private final RefusedPickleTest zips = new RefusedPickleTest();

    @BeforeEach
    void zipsHere() {
        zips.folder = folder;
    }

    @Test
    void aTruncatedZipIsNamedAsSuch() throws Exception {
        Path whole = new PthWriter().add("w", new long[] {64, 64}, i -> i).write(folder.resolve("whole.pth"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.pth"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> PthReader.read(cut, "0".repeat(64))).isInstanceOf(CheckpointException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("not a complete zip file");
    }

    @Test
    void aStorageShorterThanItsTensorNeedsIsRefused() throws Exception {
        // the pickle declares 100 elements for a storage whose entry holds 4 x 4 bytes
        Path file = new PthWriter().add("w", new long[] {4}, i -> i).write(folder.resolve("short.pth"));
        Path lying = Files.write(folder.resolve("lying.pth"), replaceOnce(Files.readAllBytes(file),
                new PickleBuilder().str("cpu").integer(4).bytes(), new PickleBuilder().str("cpu").integer(100).bytes()));

        assertThatThrownBy(() -> PthReader.read(lying, "0".repeat(64)))
                .hasMessageContaining(lying.toString()).hasMessageContaining("holds 16 bytes in short/data/0")
                .hasMessageContaining("declares 100 elements");
    }

    @Test
    void aViewReachingBeyondItsStorageIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] pickle = stateDictOf(new long[] {1000, 1000}, new long[] {1000, 1}, 48);
        Path file = zips.zipWith(pickle, "beyond.pth");

        assertThatThrownBy(() -> PthReader.read(file, "0".repeat(64)))
                .hasMessageContaining("declares tensor w [1000, 1000]").hasMessageContaining("a storage of 48");
    }

    @Test
    void hugeDeclaredSizesAreRefusedWithoutAllocating() throws Exception {
        Path overflow = zips.zipWith(stateDictOf(new long[] {1L << 40, 1L << 40}, new long[] {0, 0}, 1), "huge.pth");
        Path tooMany = zips.zipWith(stateDictOf(new long[] {1L << 31}, new long[] {0}, 1), "many.pth");
        Path hugeStorage = zips.zipWith(stateDictOf(new long[] {4}, new long[] {1}, 1L << 62), "storage.pth");
        Path hugeString = zips.zipWith(new PickleBuilder().proto(2).op('X').raw(new byte[] {0, 0, 0, 16})
                .stop().bytes(), "string.pth");

        assertThatThrownBy(() -> PthReader.read(overflow, "0".repeat(64))).hasMessageContaining("overflow");
        assertThatThrownBy(() -> PthReader.read(tooMany, "0".repeat(64))).hasMessageContaining("dimension of 2147483648");
        assertThatThrownBy(() -> PthReader.read(hugeStorage, "0".repeat(64))).hasMessageContaining("more than any file holds");
        assertThatThrownBy(() -> PthReader.read(hugeString, "0".repeat(64))).hasMessageContaining("ends in the middle of a BINUNICODE");
    }

    @Test
    void deepNestingAndEndlessObjectsAreRefused() throws Exception {
        byte[] marks = new byte[5000];
        Arrays.fill(marks, (byte) '(');
        PickleBuilder tuples = new PickleBuilder().proto(2).op('N');
        for (int i = 0; i < 200; i++) {
            tuples.op(0x85);
        }
        byte[] lists = new byte[1_000_001];
        Arrays.fill(lists, (byte) ']');

        assertThatThrownBy(() -> PthReader.read(zips.zipWith(new PickleBuilder().proto(2).raw(marks).stop().bytes(),
                "marks.pth"), "0".repeat(64))).hasMessageContaining("nests deeper than 1000 levels");
        assertThatThrownBy(() -> PthReader.read(zips.zipWith(tuples.stop().bytes(), "tuples.pth"), "0".repeat(64)))
                .hasMessageContaining("nests tuples deeper than 100 levels");
        assertThatThrownBy(() -> PthReader.read(zips.zipWith(new PickleBuilder().proto(2).raw(lists).stop().bytes(),
                "lists.pth"), "0".repeat(64))).hasMessageContaining("makes more than 1000000 objects");
    }

    @Test
    void aSelfContainingListUsedAsAKeyIsRefused() throws Exception {
        byte[] pickle = new PickleBuilder().proto(2).emptyDict().op(']').op('q').op(0).op('h').op(0).op('a')
                .integer(1).op('s').stop().bytes();

        assertThatThrownBy(() -> PthReader.read(zips.zipWith(pickle, "cycle.pth"), "0".repeat(64)))
                .hasMessageContaining("uses a list of 1 as a dict key");
    }

    @Test
    void filesThatAreNoCheckpointAreNamedAsSuch() throws Exception {
        byte[] noise = new byte[4096];
        new SplittableRandom(7).nextBytes(noise);
        noise[0] = 1;
        Path random = Files.write(folder.resolve("random.pth"), noise);
        Path text = Files.writeString(folder.resolve("notes.pth"), "not a checkpoint\n");
        Path empty = Files.createFile(folder.resolve("empty.pth"));
        Path notAPickle = Files.write(folder.resolve("garbage.pth"), new byte[] {(byte) 0x80, 2, (byte) 0xff, 0});
        Path onlyAList = zips.zipWith(new PickleBuilder().proto(2).op(']').stop().bytes(), "list.pth");
        Path noTensors = zips.zipWith(new PickleBuilder().proto(2).emptyDict().str("epoch").integer(3).op('s')
                .stop().bytes(), "epoch.pth");

        assertThatThrownBy(() -> PthReader.read(random, "0".repeat(64))).hasMessageContaining("is not a PyTorch checkpoint");
        assertThatThrownBy(() -> PthReader.read(text, "0".repeat(64))).hasMessageContaining("is not a PyTorch checkpoint");
        assertThatThrownBy(() -> PthReader.read(empty, "0".repeat(64))).hasMessageContaining("is empty");
        assertThatThrownBy(() -> PthReader.read(notAPickle, "0".repeat(64))).hasMessageContaining("not a pickle opcode");
        assertThatThrownBy(() -> PthReader.read(onlyAList, "0".repeat(64))).hasMessageContaining("holds a list of 0, not a state dict");
        assertThatThrownBy(() -> PthReader.read(noTensors, "0".repeat(64)))
                .hasMessageContaining("holds no tensors, so no state dict (its keys: epoch)");
        assertThatThrownBy(() -> PthReader.read(folder, "0".repeat(64))).hasMessageContaining("is not a regular file");
    }

    @Test
    void aLegacyFileLackingAStorageItNamesIsRefused() throws Exception {
        byte[] pickle = stateDictOf(new long[] {8}, new long[] {1}, 8, true);
        Path legacy = PthWriter.writeLegacy(folder.resolve("legacy.pth"), pickle);

        // the storage keys list is empty: the storage the pickle names is missing
        assertThatThrownBy(() -> PthReader.read(legacy, "0".repeat(64))).hasMessageContaining("lacks storage 0");
    }

    /** {'w': _rebuild_tensor_v2(FloatStorage '0' of storageLength, 0, size, stride, False, OrderedDict())}. */
    static byte[] stateDictOf(long[] size, long[] stride, long storageLength) {
        return stateDictOf(size, stride, storageLength, false);
    }

    /** The same, with the legacy format's sixth persistent id field (no storage view) when {@code legacy}. */
    static byte[] stateDictOf(long[] size, long[] stride, long storageLength, boolean legacy) {
        PickleBuilder pickle = new PickleBuilder().proto(2).emptyDict().str("w")
                .global("torch._utils", "_rebuild_tensor_v2").mark()
                .mark().str("storage").global("torch", "FloatStorage").str("0").str("cpu").integer(storageLength)
                .raw(legacy ? new byte[] {'N'} : new byte[0]).tuple().op('Q').integer(0).mark();
        Arrays.stream(size).forEach(pickle::integer);
        pickle.tuple().mark();
        Arrays.stream(stride).forEach(pickle::integer);
        pickle.tuple().newFalse().global("collections", "OrderedDict").emptyTuple().reduce().tuple().reduce();
        return pickle.op('s').stop().bytes();
    }

    private static byte[] replaceOnce(byte[] bytes, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                byte[] result = bytes.clone();
                System.arraycopy(to, 0, result, i, to.length);
                return result;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
