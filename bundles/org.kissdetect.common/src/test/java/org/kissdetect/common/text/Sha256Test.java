package org.kissdetect.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path folder;

    @Test
    void bytesFilesAndDigestsGiveTheSameLowerCaseHex() throws Exception {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        MessageDigest digest = Sha256.newDigest();
        digest.update(abc);

        assertThat(Sha256.hex(abc)).isEqualTo(ABC);
        assertThat(Sha256.hex(Files.write(folder.resolve("abc"), abc))).isEqualTo(ABC);
        assertThat(Sha256.hex(digest)).isEqualTo(ABC);
    }

    @Test
    void aFileLargerThanTheBufferIsHashedWhole() throws Exception {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }

        assertThat(Sha256.hex(Files.write(folder.resolve("big"), content))).isEqualTo(Sha256.hex(content));
    }
}
