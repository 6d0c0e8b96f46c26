package org.kissdetect.report.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the page's player finds the movie: the URLs to try, in order. A report usually sits beside the movie or
 * near it (the same project or home folder), and then the path from the report to the movie comes first, so that
 * the two can move together (another disk, another machine); the movie's absolute {@code file:} URL follows, so
 * that a report moved on its own still finds the movie where it was. A movie that shares no folder with the report
 * but the file system's root gets only the absolute URL: a relative path climbing to the root says nothing more
 * and breaks as soon as either moves.
 *
 * @param relative the path from the report folder to the movie as a relative URL, or {@code null}
 * @param absolute the movie's {@code file:} URL
 */
record MovieLink(String relative, String absolute) {

    /**
     * @param reportFolder the report folder (or its staging folder beside it: the same parent)
     * @param movie        the movie
     * @return how the page links to it
     */
    static MovieLink of(Path reportFolder, Path movie) {
        Path from = reportFolder.toAbsolutePath().normalize();
        Path to = movie.toAbsolutePath().normalize();
        String absolute = to.toUri().toASCIIString();
        if (from.getRoot() == null || !from.getRoot().equals(to.getRoot()) || from.getNameCount() == 0
                || to.getNameCount() < 2 || !from.getName(0).equals(to.getName(0))) {
            return new MovieLink(null, absolute);
        }
        return new MovieLink(url(from.relativize(to)), absolute);
    }

    /** @return the URLs to try, the relative one first */
    List<String> sources() {
        List<String> sources = new ArrayList<>(2);
        if (relative != null) {
            sources.add(relative);
        }
        sources.add(absolute);
        return sources;
    }

    /** @return the URL a link follows when no script seeks the page's own player */
    String primary() {
        return relative != null ? relative : absolute;
    }

    private static String url(Path relative) {
        StringBuilder url = new StringBuilder();
        for (Path segment : relative) {
            if (!url.isEmpty()) {
                url.append('/');
            }
            url.append(encode(segment.toString()));
        }
        // "a:b.mp4" would read as a URL with the scheme "a".
        return url.indexOf(":") >= 0 && url.indexOf(":") < (url.indexOf("/") < 0 ? url.length() : url.indexOf("/"))
                ? "./" + url : url.toString();
    }

    /** Percent-encodes a path segment's UTF-8 bytes, all but RFC 3986's unreserved and sub-delimiter characters. */
    static String encode(String segment) {
        StringBuilder encoded = new StringBuilder(segment.length() + 8);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return encoded.toString();
    }
}
