package org.kissdetect.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * DIR and moved into place when complete (an {@link OutputTransaction}); an existing DIR is replaced only if it
 * holds an earlier report.
 */
final class ReportWriter {

    private final MovieDecoder decoder;

    ReportWriter(MovieDecoder decoder) {
        this.decoder = decoder;
    }

    /** Writes the report into the empty folder {@code staging}, which the caller moves into place. */
    void writeInto(Path staging, Detection detection, Cancellation cancellation) throws IOException, MediaException {
        NavigableSet<Integer> wanted = new TreeSet<>();
        for (Scene scene : detection.scenes()) {
            wanted.add(scene.start());
            wanted.add((scene.start() + scene.end()) / 2);
            wanted.add(scene.end());
        }
        Map<Integer, BufferedImage> thumbnails = Thumbnails.of(decoder, detection.movie().file(), wanted, cancellation);
        ImageIO.write(ProbabilityStrip.render(detection), "png", staging.resolve("strip.png").toFile());
        for (Map.Entry<Integer, BufferedImage> thumbnail : thumbnails.entrySet()) {
            ImageIO.write(thumbnail.getValue(), "png", staging.resolve(thumbnailName(thumbnail.getKey())).toFile());
        }
        Files.writeString(staging.resolve("index.html"), ReportPage.html(detection, thumbnails.keySet()),
                StandardCharsets.UTF_8);
    }

    /** Writes the report to {@code folder} as one step: complete, or not at all. */
    Path write(Detection detection, Path folder, Cancellation cancellation) throws IOException, MediaException {
        Path target = folder.toAbsolutePath().normalize();
        checkTarget(target);
        try (OutputTransaction transaction = new OutputTransaction()) {
            transaction.<MediaException>folder(target, staging -> writeInto(staging, detection, cancellation));
            transaction.commit();
        }
        return target.resolve("index.html");
    }

    /** Refuses a report folder that exists and holds something other than an earlier report. */
    static void checkTarget(Path folder) {
        try {
            if (Files.exists(folder) && !isReport(folder)) {
                throw CommandFailure.cannotWrite(folder + " exists and is not a Kiss Detector report; choose another folder");
            }
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot read " + folder + ": " + AtomicFile.reason(e));
        }
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
}
