package org.kissdetect.api.report;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes the HTML report of a detection: {@code index.html}, which plays the movie where the browser can (a click
 * on a scene's times or on the probability strip seeks it), the probability strip {@code strip.png} and, for each
 * scene, thumbnails of its first, middle and last second and a saliency map of its middle second (since 1.1, where
 * the model directory is known and an {@link org.kissdetect.api.explain.ExplanationService} is present). The caller makes the folder appear whole (it
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

    /**
     * Writes the report as {@link #writeInto(Path, Detection, ReportStills, Cancellation)} does, with a saliency
     * map of each scene's middle second made with the model in {@code modelDirectory}, the one that scored the
     * detection. A scene whose map cannot be made (no explanation service, a model that cannot explain itself, a
     * movie that cannot be decoded there) says why on the page; the rest of the report is written all the same.
     * The default writes no maps, and the page says that the model directory was not given.
     *
     * @param folder         an empty folder
     * @param detection      the detection to report
     * @param stills         made by {@link #stills()} of this service and observed during the detection
     * @param modelDirectory the model directory the detection used
     * @param cancellation   asked whether to stop decoding or explaining
     * @throws IOException    when writing fails, or the stills could not be kept
     * @throws MediaException when stills had to be decoded and the movie cannot be
     * @since 1.1
     */
    default void writeInto(Path folder, Detection detection, ReportStills stills, Path modelDirectory,
            Cancellation cancellation) throws IOException, MediaException {
        writeInto(folder, detection, stills, cancellation);
    }
}
