package org.kissdetect.api.markers;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes markers in one file format. Registered with the service property {@code kissdetect.marker.format}
 * naming the format (as {@link #format()} does). Thread-safe.
 */
@ProviderType
public interface MarkerWriter {

    /**
     * The format's short name, as used by {@code --format}: {@code json}, {@code csv}, {@code otio},
     * {@code fcpxml}, {@code xmeml}, {@code edl}, {@code avid}, {@code shotcut}, {@code kdenlive}, {@code vtt}.
     *
     * @return the format name
     */
    String format();

    /**
     * The usual file name extension, without the dot.
     *
     * @return the extension, such as {@code otio}
     */
    String extension();

    /**
     * What the format is for, in a few words, for help texts.
     *
     * @return a short description
     */
    String description();

    /**
     * Writes the document. The stream is not closed.
     *
     * @param document the movie, the scenes and the style
     * @param out      where the file's bytes go
     * @throws IOException when the stream fails
     */
    void write(MarkerDocument document, OutputStream out) throws IOException;
}
