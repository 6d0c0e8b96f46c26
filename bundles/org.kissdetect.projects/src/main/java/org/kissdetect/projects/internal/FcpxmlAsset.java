package org.kissdetect.projects.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.w3c.dom.Element;

/**
 * A media file of an FCPXML project's resources.
 *
 * @param file     the file, absolute; null when its reference names no local file
 * @param start    the media's own time at its first frame: its start timecode, in which clips count their in points
 * @param duration how long it is, or null when not said
 * @param picture  whether it has a picture to detect on
 */
record FcpxmlAsset(Path file, FcpxmlTime start, FcpxmlTime duration, boolean picture) {

    /**
     * Reads an {@code <asset>}: FCPXML 1.9 and later name its file in {@code <media-rep kind="original-media"
     * src="..."/>}, 1.8 and DaVinci Resolve in its own {@code src}. Assets of sound only say {@code hasVideo="0"}, or
     * (as Final Cut Pro writes them) neither {@code hasVideo} nor a {@code format}; stills last no time.
     *
     * @param base the folder relative references count from
     */
    static FcpxmlAsset of(Element asset, Path base) {
        FcpxmlTime start = FcpxmlTime.of(asset, "start", FcpxmlTime.ZERO);
        FcpxmlTime duration = FcpxmlTime.of(asset, "duration", null);
        String hasVideo = asset.getAttribute("hasVideo").strip();
        boolean picture = hasVideo.isEmpty() ? !asset.getAttribute("format").isBlank() : hasVideo.equals("1");
        boolean still = duration != null && duration.numerator() == 0;
        return new FcpxmlAsset(file(asset, base), start, duration, picture && !still);
    }

    private static Path file(Element asset, Path base) {
        String src = null;
        for (Element rep : Dom.children(asset, "media-rep")) {
            String kind = rep.getAttribute("kind");
            if (kind.isEmpty() || kind.equals("original-media")) {
                src = rep.getAttribute("src");
                break;
            }
            src = src == null ? rep.getAttribute("src") : src;
        }
        if (src == null || src.isBlank()) {
            src = asset.getAttribute("src");
        }
        return media(src, base);
    }

    /** FCPXML names media by URL: absolute {@code file:} URLs as editors write them, or relative ones. */
    static Path media(String src, Path base) {
        if (src == null || src.isBlank()) {
            return null;
        }
        String text = src.strip();
        if (text.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return ProjectFiles.media(text, base);
        }
        try {
            String folder = base.toAbsolutePath().toUri().toString();
            URI resolved = new URI(folder.endsWith("/") ? folder : folder + "/").resolve(text.replace(" ", "%20"));
            return ProjectFiles.media(resolved.toString(), base);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return ProjectFiles.media(text, base);
        }
    }
}
