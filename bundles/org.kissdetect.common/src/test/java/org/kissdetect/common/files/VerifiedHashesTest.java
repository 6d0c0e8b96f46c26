package org.kissdetect.common.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.common.text.Sha256;

class VerifiedHashesTest {

    @TempDir
    Path folder;

    private Path file;
    private VerifiedHashes hashes;
    private final AtomicInteger hashed = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        file = Files.write(folder.resolve("model.safetensors"), "parameters, version 1".getBytes());
        hashes = new VerifiedHashes(folder.resolve("records"));
    }

    @Test
    void anUnchangedFileIsHashedOnce() throws Exception {
        String first = hashes.sha256(file, this::hash);
        String second = new VerifiedHashes(folder.resolve("records")).sha256(file, this::hash);

        assertThat(second).isEqualTo(first).isEqualTo(Sha256.hex(Files.readAllBytes(file)));
        assertThat(hashed).hasValue(1);
    }

    @Test
    void aFileEditedInPlaceWithItsOldTimeRestoredIsHashedAgain() throws Exception {
        hashes.sha256(file, this::hash);
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        Files.write(file, "parameters, version 2".getBytes());
        Files.setLastModifiedTime(file, modified);

        String again = hashes.sha256(file, this::hash);

        assertThat(again).isEqualTo(Sha256.hex("parameters, version 2".getBytes()));
        assertThat(hashed).hasValue(2);
    }

    @Test
    void aFileSwappedUnderTheSameNameIsHashedAgain() throws Exception {
        hashes.sha256(file, this::hash);
        Path other = Files.write(folder.resolve("other"), "parameters, version 1".getBytes());
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        hashes.sha256(file, this::hash);

        assertThat(hashed).hasValue(2);
    }

    @Test
    void aDamagedOrForeignRecordIsIgnored() throws Exception {
        hashes.sha256(file, this::hash);
        Path record;
        try (var records = Files.list(folder.resolve("records"))) {
            record = records.findFirst().orElseThrow();
        }
        String text = Files.readString(record);
        Files.writeString(record, text.replaceAll("[0-9a-f]{64}$", "0".repeat(63)));
        assertThat(hashes.sha256(file, this::hash)).isEqualTo(Sha256.hex(Files.readAllBytes(file)));

        Files.writeString(record, text.replace(file.toRealPath().toString(), "/elsewhere/model.safetensors"));
        hashes.sha256(file, this::hash);

        assertThat(hashed).hasValue(3);
    }

    @Test
    void aHashThatFailsIsNotRecorded() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> hashes.sha256(file, () -> {
            throw new java.io.IOException("unreadable");
        }));

        assertThat(failure).hasMessage("unreadable");
        assertThat(folder.resolve("records")).doesNotExist();
    }

    private String hash() throws Exception {
        hashed.incrementAndGet();
        return Sha256.hex(Files.readAllBytes(file));
    }
}
