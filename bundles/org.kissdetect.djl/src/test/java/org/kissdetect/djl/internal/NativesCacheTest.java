package org.kissdetect.djl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativesCacheTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final byte[] library = bytes(300_000, 1);
    private final byte[] jni = bytes(4_000, 2);

    @Test
    void unpacksEveryFileAndLeavesOnlyTheFolderAndItsManifest() throws IOException {
        Path folder = cache().ensure("2.7.1-cpu", files());

        assertThat(folder.resolve("libtorch_cpu.so")).hasBinaryContent(library);
        assertThat(folder.resolve("0.36.0-libdjl_torch.so")).hasBinaryContent(jni);
        assertThat(names(root)).containsExactlyInAnyOrder(".lock", "2.7.1-cpu", "2.7.1-cpu.manifest");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anIntactFolderIsNeitherReadNorUnpackedAgain() throws IOException {
        cache().ensure("2.7.1-cpu", files());
        opened.set(0);

        cache().ensure("2.7.1-cpu", files());

        assertThat(opened).hasValue(0);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTruncatedLibraryIsUnpackedAgainWithAWarningNamingIt() throws IOException {
        Path folder = cache().ensure("2.7.1-cpu", files());
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve("libtorch_cpu.so").toFile(), "rw")) {
            file.setLength(1_000);
        }

        cache().ensure("2.7.1-cpu", files());

        assertThat(folder.resolve("libtorch_cpu.so")).hasBinaryContent(library);
        assertThat(warnings).singleElement().asString().contains(folder.toString())
                .contains("libtorch_cpu.so has 1000 bytes instead of 300000");
    }

    @Test
    void aLibraryAlteredInPlaceIsFoundByItsHashAndRepaired() throws IOException {
        Path folder = cache().ensure("2.7.1-cpu", files());
        Path file = folder.resolve("libtorch_cpu.so");
        byte[] damaged = library.clone();
        damaged[150_000] ^= 0x55;
        Files.write(file, damaged);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

        cache().ensure("2.7.1-cpu", files());

        assertThat(file).hasBinaryContent(library);
        assertThat(warnings).singleElement().asString().contains("libtorch_cpu.so was modified");
    }

    @Test
    void aFileOnlyTouchedIsHashedOnceAndKept() throws IOException {
        Path folder = cache().ensure("2.7.1-cpu", files());
        Path file = folder.resolve("libc10.so");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        opened.set(0);

        cache().ensure("2.7.1-cpu", files());
        cache().ensure("2.7.1-cpu", files());

        assertThat(opened).hasValue(0);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aMissingOrExtraFileOrAMissingManifestIsRepaired() throws IOException {
        Path folder = cache().ensure("2.7.1-cpu", files());
        Files.delete(folder.resolve("libc10.so"));
        cache().ensure("2.7.1-cpu", files());
        Files.writeString(folder.resolve("stray.so"), "not a library");
        cache().ensure("2.7.1-cpu", files());
        Files.delete(root.resolve("2.7.1-cpu.manifest"));
        cache().ensure("2.7.1-cpu", files());

        assertThat(names(folder)).containsExactlyInAnyOrder("libc10.so", "libtorch_cpu.so", "0.36.0-libdjl_torch.so");
        assertThat(folder.resolve("libc10.so")).hasBinaryContent(jni);
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("libc10.so is missing");
        assertThat(warnings.get(1)).contains("unexpected file stray.so");
        assertThat(root.resolve("2.7.1-cpu.manifest")).exists();
    }

    @Test
    void aRunThatDiesWhileUnpackingLeavesNothingInPlaceAndTheNextCleansUp() throws IOException {
        Map<String, NativesCache.Resource> failing = new LinkedHashMap<>(files());
        // 100 kB, then the copy fails as on a full disk
        failing.put("libtorch_cpu.so", () -> new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk full");
                    }
                }));

        assertThatThrownBy(() -> cache().ensure("2.7.1-cpu", failing)).isInstanceOf(IOException.class)
                .hasMessageContaining(root.resolve("2.7.1-cpu").toString()).hasMessageContaining("disk full");
        assertThat(root.resolve("2.7.1-cpu")).doesNotExist();
        // What a killed run leaves: its partial folder, and DJL's own temporary folder.
        Files.createDirectories(root.resolve("2.7.1-cpu.4242.partial/sub"));
        Files.writeString(root.resolve("2.7.1-cpu.4242.partial/libc10.so"), "half");
        Files.createDirectories(root.resolve("tmp123456789"));

        cache().ensure("2.7.1-cpu", files());

        assertThat(names(root)).containsExactlyInAnyOrder(".lock", "2.7.1-cpu", "2.7.1-cpu.manifest");
    }

    @Test
    void anUnwritableCacheIsReportedWithItsPath() throws IOException {
        Path file = Files.writeString(root.resolve("a-file"), "in the way");

        assertThatThrownBy(() -> new NativesCache(file.resolve("pytorch"), warnings::add).ensure("x", files()))
                .isInstanceOf(IOException.class).hasMessageContaining(file.resolve("pytorch").toString());
    }

    private NativesCache cache() {
        return new NativesCache(root, warnings::add);
    }

    private Map<String, NativesCache.Resource> files() {
        Map<String, NativesCache.Resource> files = new LinkedHashMap<>();
        files.put("libc10.so", resource(jni));
        files.put("libtorch_cpu.so", resource(library));
        files.put("0.36.0-libdjl_torch.so", resource(jni));
        return files;
    }

    private NativesCache.Resource resource(byte[] content) {
        return () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(content);
        };
    }

    private static List<String> names(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
