package org.kissdetect.common.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class FileErrorsTest {

    @Test
    void theJdksBarePathsBecomeWordsNamingTheFile() {
        assertThat(FileErrors.reason(new AccessDeniedException("/home/x/.cache"))).isEqualTo("permission denied (/home/x/.cache)");
        assertThat(FileErrors.reason(new NoSuchFileException("/a/b"))).isEqualTo("no such file or folder (/a/b)");
        assertThat(FileErrors.detail(new AccessDeniedException("/home/x/.cache"))).isEqualTo("permission denied");
    }

    @Test
    void aReasonTheJdkGaveIsKeptAndTheFileAddedOnce() {
        assertThat(FileErrors.reason(new FileSystemException("/dev/full", null, "No space left on device")))
                .isEqualTo("No space left on device (/dev/full)");
        assertThat(FileErrors.reason(new FileSystemException("/x", null, "cannot write /x"))).isEqualTo("cannot write /x");
        assertThat(FileErrors.reason(new IOException("broken pipe"))).isEqualTo("broken pipe");
    }
}
