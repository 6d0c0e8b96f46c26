package org.kissdetect.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;

/**
 * {@code --report DIR}: {@code index.html} with the probability strip ({@code strip.png}) and, for each scene,
 * thumbnails of its first, middle and last second, its start, end and confidence. The folder is built beside
 * DIR and moved into place when complete; an existing DIR is replaced only if it holds an earlier report.
 */
final class ReportWriter {

    private final MovieDecoder decoder;

    ReportWriter(MovieDecoder decoder) {
        this.decoder = decoder;
    }

    Path write(Detection detection, Path folder, Cancellation cancellation) throws IOException, MediaException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !isReport(target)) {
            throw new IOException(target + " exists and is not a Kiss Detector report; choose another folder");
        }
        NavigableSet<Integer> wanted = new TreeSet<>();
        for (Scene scene : detection.scenes()) {
            wanted.add(scene.start());
            wanted.add((scene.start() + scene.end()) / 2);
            wanted.add(scene.end());
        }
        Map<Integer, BufferedImage> thumbnails = Thumbnails.of(decoder, detection.movie().file(), wanted, cancellation);
        Files.createDirectories(target.getParent());
        Path building = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        try {
            ImageIO.write(ProbabilityStrip.render(detection), "png", building.resolve("strip.png").toFile());
            for (Map.Entry<Integer, BufferedImage> thumbnail : thumbnails.entrySet()) {
                ImageIO.write(thumbnail.getValue(), "png", building.resolve(thumbnailName(thumbnail.getKey())).toFile());
            }
            Files.writeString(building.resolve("index.html"), ReportPage.html(detection, thumbnails.keySet()),
                    StandardCharsets.UTF_8);
            replace(target, building);
        } finally {
            deleteTree(building);
        }
        return target.resolve("index.html");
    }

    static String thumbnailName(int second) {
        return String.format(Locale.ROOT, "second-%05d.png", second);
    }

    private static boolean isReport(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty() || Files.exists(folder.resolve("index.html")) && Files.exists(folder.resolve("strip.png"));
        }
    }

    private static void replace(Path target, Path building) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old);
        }
        Files.move(building, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
