package org.kissdetect.report.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the page asks the browser's {@code canPlayType} about the movie: the MIME type of its container, known from
 * the file's extension (the decoder's {@code MovieInfo} names no container or codec). The answer is a first guess:
 * a container the browser knows may still hold a codec it cannot decode, which the player's {@code error} event
 * then tells.
 *
 * @param mime        the container's MIME type, or {@code null} when the extension names none known here
 * @param description the container as the page names it to the reader ("MP4", "AVI", or the extension)
 */
record MovieType(String mime, String description) {

    /**
     * QuickTime files are given as MP4: browsers answer nothing for {@code video/quicktime} but play the H.264
     * that such files usually hold through their MP4 demuxer.
     */
    private static final Map<String, String[]> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp4", new String[] {"video/mp4", "MP4"}), Map.entry("m4v", new String[] {"video/mp4", "MP4"}),
            Map.entry("mov", new String[] {"video/mp4", "QuickTime"}),
            Map.entry("webm", new String[] {"video/webm", "WebM"}),
            Map.entry("mkv", new String[] {"video/x-matroska", "Matroska"}),
            Map.entry("ogv", new String[] {"video/ogg", "Ogg"}), Map.entry("ogg", new String[] {"video/ogg", "Ogg"}),
            Map.entry("avi", new String[] {"video/x-msvideo", "AVI"}),
            Map.entry("ts", new String[] {"video/mp2t", "MPEG transport stream"}),
            Map.entry("m2ts", new String[] {"video/mp2t", "MPEG transport stream"}),
            Map.entry("mts", new String[] {"video/mp2t", "MPEG transport stream"}),
            Map.entry("mpg", new String[] {"video/mpeg", "MPEG program stream"}),
            Map.entry("mpeg", new String[] {"video/mpeg", "MPEG program stream"}),
            Map.entry("mxf", new String[] {"application/mxf", "MXF"}),
            Map.entry("wmv", new String[] {"video/x-ms-wmv", "Windows Media"}),
            Map.entry("flv", new String[] {"video/x-flv", "Flash video"}),
            Map.entry("3gp", new String[] {"video/3gpp", "3GPP"}));

    static MovieType of(Path movie) {
        String name = movie.getFileName() == null ? "" : movie.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String[] known = BY_EXTENSION.get(extension);
        if (known != null) {
            return new MovieType(known[0], known[1]);
        }
        return new MovieType(null, extension.isEmpty() ? "a file without an extension" : "." + extension);
    }
}
