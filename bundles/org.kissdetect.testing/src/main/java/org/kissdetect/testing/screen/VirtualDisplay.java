package org.kissdetect.testing.screen;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

/**
 * An Xvfb display with a fresh home folder, for running desktop programs (real editors, the reference editor),
 * driving them with xdotool and taking screenshots. Everything it starts is killed on {@link #close()}.
 * Everything it starts is killed on {@link #close()}.
 */
public final class VirtualDisplay implements AutoCloseable {

    private final Process server;
    private final String display;
    private final Path home;
    private final List<Process> started = new ArrayList<>();

    private VirtualDisplay(Process server, String display, Path home) {
        this.server = server;
        this.display = display;
        this.home = home;
    }

    public static VirtualDisplay start(Path home) throws IOException {
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x900x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null) {
            server.destroyForcibly();
            throw new IOException("Xvfb did not start (is the xvfb package installed? run scripts/setup)");
        }
        for (String folder : List.of(".config", ".local/share", ".cache", "run", "tmp")) {
            Files.createDirectories(home.resolve(folder));
        }
        return new VirtualDisplay(server, ":" + number.strip(), home);
    }

    /** Starts a program on this display with the fresh home, its output going to {@code log}. */
    public Process launch(Path log, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display);
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_RUNTIME_DIR", home.resolve("run").toString());
        // Kdenlive takes a kdenlivelock left in the temporary folder by a killed or concurrent Kdenlive for a crash,
        // and asks whether to reset its settings instead of opening the project.
        env.put("TMPDIR", home.resolve("tmp").toString());
        env.put("SDL_AUDIODRIVER", "dummy");
        env.put("QT_QPA_PLATFORM", "xcb");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Runs xdotool on this display (real input events, as a user's) and waits for it. */
    public void xdotool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Path log = home.resolve("xdotool.log");
        Process process = launch(log, command.toArray(String[]::new));
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    public BufferedImage screenshot(Path file) throws IOException, InterruptedException {
        Process capture = launch(file.resolveSibling(file.getFileName() + ".log"), "import", "-window", "root",
                file.toString());
        if (!capture.waitFor(30, TimeUnit.SECONDS) || capture.exitValue() != 0) {
            throw new IOException("could not take a screenshot of " + display);
        }
        return ImageIO.read(file.toFile());
    }

    /** Waits until {@code probe} recognises a screenshot, returning the last screenshot either way. */
    public BufferedImage awaitScreen(Path file, Duration patience, Predicate<BufferedImage> probe)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        BufferedImage image;
        do {
            Thread.sleep(1000);
            image = screenshot(file);
        } while (!probe.test(image) && System.nanoTime() < deadline);
        return image;
    }

    @Override
    public void close() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        server.destroyForcibly();
        try {
            server.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
