package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.encode.MediaWriteException;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;

/** A movie that cannot be written is a failure to write, named as one: not "cannot decode", not bad input. */
class WriteFailureTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsAFailureToWrite() {
        Path target = folder.resolve("missing/film.mp4");

        assertThatThrownBy(() -> TestMedia.write(Movies.ENCODER, target, TestMovie.small()))
                .isInstanceOf(MediaWriteException.class)
                .hasMessageStartingWith("cannot write " + target + ": its folder");
    }
}
