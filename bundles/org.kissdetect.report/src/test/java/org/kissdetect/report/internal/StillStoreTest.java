package org.kissdetect.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;

/** The thumbnails of a detection's seconds wait on disk, under no name, and are read back as the report's files. */
class StillStoreTest {

    @TempDir
    Path folder;

    @Test
    void keepsEverySecondsThumbnailUnderNoNameInTheFolderAndGivesItAsThePngTheReportHolds() throws Exception {
        try (StillStore store = new StillStore(folder)) {
            for (int k = 0; k < 30; k++) {
                store.decoded(k == 17 ? varied(17) : second(k));
            }

            assertThat(names(folder)).as("files in the stills folder while they are kept").isEmpty();
            assertThat(store.thumbnails(List.of(3, 17, 29, 30, -1))).containsOnlyKeys(3, 17, 29);
            assertThat(store.thumbnails(List.of(17)).get(17)).isEqualTo(Thumbnails.jpeg(Thumbnails.scaled(varied(17).still())));
        }
    }

    @Test
    void aFolderThatCannotHoldTheStillsDoesNotStopTheDetectionButTheReport() throws Exception {
        Path missing = folder.resolve("gone");
        try (StillStore store = new StillStore(missing)) {
            store.decoded(second(0));
            store.decoded(second(1));

            assertThatThrownBy(() -> store.thumbnails(List.of(0))).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot keep the report's stills in " + missing);
        }
    }

    @Test
    void closedItKeepsNothing() throws Exception {
        StillStore store = new StillStore(folder);
        store.decoded(second(0));
        store.close();
        store.decoded(second(1));

        assertThat(store.thumbnails(List.of(0, 1))).isEmpty();
        assertThat(names(folder)).isEmpty();
    }

    /** A still of 64 x 36 whose every byte is the second's number. */
    static SecondSample second(int k) {
        byte[] pixels = new byte[64 * 36 * 3];
        Arrays.fill(pixels, (byte) k);
        return new SecondSample(k, k + 0.96, new RgbImage(64, 36, pixels), new float[15_360], false, false);
    }

    /** A still of 455 x 256 (16:9) whose every byte differs from its neighbours. */
    private static SecondSample varied(int k) {
        byte[] pixels = new byte[455 * 256 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 37 + i / 1365 * 11 + k);
        }
        return new SecondSample(k, k + 0.96, new RgbImage(455, 256, pixels), new float[15_360], false, false);
    }

    static ReportConfiguration configuration(String stillsFolder) {
        return new ReportConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReportConfiguration.class;
            }

            @Override
            public String stillsFolder() {
                return stillsFolder;
            }
        };
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
