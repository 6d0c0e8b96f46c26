package org.kissdetect.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real natives in a cache of the test's own: a libtorch truncated after a run (a full disk, a killed copy)
 * once made every later start die with SIGBUS; now the next start unpacks it again and loads it.
 */
class PyTorchNativesRepairTest {

    @TempDir
    Path cache;

    @Test
    void aTruncatedLibtorchIsUnpackedAgainAndLoads() throws Exception {
        Run first = start();
        assertThat(first.exitCode).as(first.output).isZero();
        Path folder = Path.of(first.output.lines().filter(l -> l.startsWith("2.7.1")).findFirst().orElseThrow()
                .split(" ", 2)[1]);
        assertThat(folder).startsWith(cache.resolve("pytorch"));
        Path libtorch = folder.resolve("libtorch_cpu.so");
        long size = Files.size(libtorch);
        try (RandomAccessFile file = new RandomAccessFile(libtorch.toFile(), "rw")) {
            file.setLength(size / 3);
        }

        Run second = start();

        assertThat(second.exitCode).as(second.output).isZero();
        assertThat(second.output).contains("libtorch_cpu.so has " + size / 3 + " bytes instead of " + size)
                .doesNotContain("SIGBUS");
        assertThat(Files.size(libtorch)).isEqualTo(size);
        try (Stream<Path> entries = Files.list(cache.resolve("pytorch"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".lock",
                    folder.getFileName().toString(), folder.getFileName() + ".manifest");
        }
    }

    private Run start() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-XX:ErrorFile=" + cache + "/hs_err.log",
                "-cp", System.getProperty("java.class.path"), StartPyTorch.class.getName()))
                .redirectErrorStream(true);
        builder.environment().remove("ENGINE_CACHE_DIR");
        builder.environment().remove("PYTORCH_LIBRARY_PATH");
        builder.environment().put("DJL_CACHE_DIR", cache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
