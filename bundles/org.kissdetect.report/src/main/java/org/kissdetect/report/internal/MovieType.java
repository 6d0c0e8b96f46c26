package org.kissdetect.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.MovieInfo;

/**
 * What the page asks the browser's {@code canPlayType} about the movie: its container's MIME type and, where the
 * decoder named them, its codecs in RFC 6381's short forms ({@code video/mp4; codecs="avc1, mp4a.40.2"}). A bare
 * {@code avc1} gets "maybe" where a browser decodes H.264 and "" where it does not, which is all the page needs; a
 * "maybe" may still fail, which the player's events then tell. Without the decoder's word (scores cached before it
 * was kept), the container comes from the file's extension and the codecs stay unnamed.
 *
 * @param mime        the type to ask about, or {@code null} when neither the decoder nor the extension names one
 * @param description the file as the page names it to the reader: "codec H.264, sound AAC, in MP4"
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

    /** FFmpeg's demuxer names, where the extension may not say ("matroska,webm" is decided by the codecs). */
    private static final Map<String, String> DEMUXERS = Map.of("mov,mp4,m4a,3gp,3g2,mj2", "mp4", "avi", "avi",
            "mpegts", "ts", "mpeg", "mpg", "ogg", "ogv", "mxf", "mxf", "flv", "flv", "asf", "wmv");
    private static final Set<String> WEBM_VIDEO = Set.of("vp8", "vp9", "av1");
    private static final Set<String> WEBM_AUDIO = Set.of("opus", "vorbis");

    /** FFmpeg's codec names: {RFC 6381 name (empty: none known), name for readers}. */
    private static final Map<String, String[]> CODECS = Map.ofEntries(
            Map.entry("h264", new String[] {"avc1", "H.264"}), Map.entry("hevc", new String[] {"hvc1", "HEVC (H.265)"}),
            Map.entry("av1", new String[] {"av01", "AV1"}), Map.entry("vp8", new String[] {"vp8", "VP8"}),
            Map.entry("vp9", new String[] {"vp9", "VP9"}), Map.entry("theora", new String[] {"theora", "Theora"}),
            Map.entry("mpeg4", new String[] {"mp4v.20.9", "MPEG-4 Part 2"}),
            Map.entry("mpeg2video", new String[] {"mp2v", "MPEG-2"}),
            Map.entry("prores", new String[] {"", "ProRes"}), Map.entry("dnxhd", new String[] {"", "DNxHD"}),
            Map.entry("aac", new String[] {"mp4a.40.2", "AAC"}), Map.entry("mp3", new String[] {"mp4a.6B", "MP3"}),
            Map.entry("opus", new String[] {"opus", "Opus"}), Map.entry("vorbis", new String[] {"vorbis", "Vorbis"}),
            Map.entry("flac", new String[] {"flac", "FLAC"}), Map.entry("ac3", new String[] {"ac-3", "AC-3"}),
            Map.entry("eac3", new String[] {"ec-3", "E-AC-3"}));

    static MovieType of(MovieInfo movie) {
        MovieType container = byExtension(movie.file());
        MovieFormat format = movie.format();
        if (format == null) {
            return new MovieType(container.mime(), container.description() + ", codec not known to the report");
        }
        String mime = containerMime(format, container);
        List<String> codecs = new ArrayList<>();
        String description = "codec " + readable(format.videoCodec(), codecs);
        if (format.audioCodec() != null) {
            description += ", sound " + readable(format.audioCodec(), codecs);
        }
        description += ", in " + container.description();
        if (mime == null) {
            return new MovieType(null, description);
        }
        return new MovieType(codecs.isEmpty() ? mime : mime + "; codecs=\"" + String.join(", ", codecs) + "\"",
                description);
    }

    private static String containerMime(MovieFormat format, MovieType byExtension) {
        if (format.container().equals("matroska,webm")) {
            boolean webm = WEBM_VIDEO.contains(format.videoCodec())
                    && (format.audioCodec() == null || WEBM_AUDIO.contains(format.audioCodec()));
            return webm ? "video/webm" : "video/x-matroska";
        }
        String extension = DEMUXERS.get(format.container());
        return extension == null ? byExtension.mime() : BY_EXTENSION.get(extension)[0];
    }

    /** The codec's name for readers; its RFC 6381 name, when known, joins {@code codecs}. */
    private static String readable(String ffmpegName, List<String> codecs) {
        String[] known = CODECS.get(ffmpegName);
        if (known == null) {
            return ffmpegName;
        }
        if (!known[0].isEmpty()) {
            codecs.add(known[0]);
        }
        return known[1];
    }

    static MovieType byExtension(Path movie) {
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
