package org.kissdetect.guitest;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.testing.screen.ColourRuns;

/**
 * What the GUI tests read off the reference editor's screen, and how they prepare its preferences: the clip's
 * thumbnail frame, the marker lane under it, the labels lane under that.
 */
final class EditorScreen {

    static final String MARKER_CYAN = "#00acc1";
    static final String KISSING_GREEN = "#43a047";
    static final String NOT_KISSING_GREY = "#9e9e9e";
    /**
     * The frame the timeline draws around its thumbnails, matched exactly: its top and bottom rows span the clip.
     * (The window's borders are a close grey.)
     */
    static final String THUMBNAIL_FRAME = "#888888";

    private EditorScreen() {
    }

    /**
     * Runs joined across gaps up to {@code maxGap} pixels: where a marker's name is written over it, or the
     * translucent span selection tints part of it.
     */
    static List<ColourRuns.Run> joined(List<ColourRuns.Run> runs, int maxGap) {
        List<ColourRuns.Run> joined = new java.util.ArrayList<>();
        for (ColourRuns.Run run : runs) {
            ColourRuns.Run last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && run.x() - (last.x() + last.length()) <= maxGap) {
                joined.set(joined.size() - 1, new ColourRuns.Run(last.x(), run.x() + run.length() - last.x()));
            } else {
                joined.add(run);
            }
        }
        return joined;
    }

    /** Label runs of a colour in the labels lane, under the markers' lane. */
    static List<ColourRuns.Run> labelRuns(BufferedImage image, int y, String colour) {
        return new ColourRuns(image, colour, 8).runs(y, 4);
    }

    /** The first row from {@code from} on that holds a run of the thumbnail frame (the clip: over 400 pixels), or -1. */
    static int frameRow(BufferedImage image, int from) {
        for (int y = from; y < image.getHeight(); y++) {
            if (frameRun(image, y) != null) {
                return y;
            }
        }
        return -1;
    }

    static ColourRuns.Run frameRun(BufferedImage image, int y) {
        List<ColourRuns.Run> runs = new ColourRuns(image, THUMBNAIL_FRAME, 1).runs(y, 400);
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** Marker spans in the lane under the thumbnails, where nothing else is cyan. */
    static List<ColourRuns.Run> markerSpans(BufferedImage image, int laneTop) {
        BufferedImage lane = image.getSubimage(0, laneTop + 1, image.getWidth(), 30);
        return new ColourRuns(lane, MARKER_CYAN).bestRow(10).runs();
    }

    /**
     * Preferences as Felix Config Admin keeps them between runs: auto-detection off, cyan markers, scores kept in
     * {@code scores}.
     */
    static Path preferences(Path preferencesFolder, Path scores) throws Exception {
        Path editor = preferencesFolder.resolve("org/kissdetect/editor.config");
        Files.createDirectories(editor.getParent());
        Files.writeString(editor, "service.pid=\"org.kissdetect.editor\"\nautoDetect=B\"false\"\nmarkerColour=\"cyan\"\n");
        Files.writeString(preferencesFolder.resolve("org/kissdetect/detect.config"), "service.pid=\"org.kissdetect.detect\"\n"
                + "scoreCacheDirectory=\"" + scores + "\"\n");
        return preferencesFolder;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
