package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Movies the test kit's encoder cannot make (x264, 4:4:4, sizes OpenH264 refuses, joined transport streams), made
 * with the {@code ffmpeg} command ({@code scripts/setup} installs it). Tests that need it are skipped only where
 * it is not installed.
 */
final class FfmpegCommand {

    private FfmpegCommand() {
    }

    /** Runs {@code ffmpeg -y ARGUMENTS FOLDER/NAME} and returns the file. */
    static Path make(Path folder, String name, String... arguments) throws Exception {
        assumeTrue(installed(), "the ffmpeg command is not installed");
        Path output = folder.resolve(name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error",
                "-y"));
        command.addAll(List.of(arguments));
        command.add(output.toString());
        Path log = Files.createTempFile(folder, "ffmpeg", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ffmpeg finished").isTrue();
        assertThat(process.exitValue()).as("ffmpeg's exit status; it said: %s", Files.readString(log)).isZero();
        Files.delete(log);
        return output;
    }

    private static boolean installed() {
        try {
            Process process = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
