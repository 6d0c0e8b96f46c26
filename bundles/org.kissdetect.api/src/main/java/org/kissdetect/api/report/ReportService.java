package org.kissdetect.api.report;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes the HTML report of a detection: {@code index.html}, the probability strip {@code strip.png} and, for
 * each scene, thumbnails of its first, middle and last second. The caller makes the folder appear whole (it
 * writes into a staging folder that it moves into place), so a report is complete or absent.
 */
@ProviderType
public interface ReportService {

    /**
     * Checks, before anything is decoded, that a report may be written to {@code folder}: it does not exist, is
     * empty, or holds an earlier report (which the new one replaces).
     *
     * @param folder the report folder
     * @throws IOException naming the folder when it holds something else, or cannot be read
     */
    void checkTarget(Path folder) throws IOException;

    /**
     * A new, empty collection of stills for the report of one detection.
     *
     * @return the stills, to be closed by the caller
     */
    ReportStills stills();

    /**
     * Writes the report into {@code folder}, an empty folder. Stills that {@code stills} did not see (the scores
     * came from the cache, so nothing was decoded) are decoded here, in one pass up to the last one needed.
     *
     * @param folder       an empty folder
     * @param detection    the detection to report
     * @param stills       made by {@link #stills()} of this service and observed during the detection
     * @param cancellation asked whether to stop decoding; stills not taken then are left out of the page
     * @throws IOException    when writing fails, or the stills could not be kept
     * @throws MediaException when stills had to be decoded and the movie cannot be
     */
    void writeInto(Path folder, Detection detection, ReportStills stills, Cancellation cancellation)
            throws IOException, MediaException;
}
