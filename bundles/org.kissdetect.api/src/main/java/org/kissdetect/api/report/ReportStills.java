package org.kissdetect.api.report;

import org.kissdetect.api.detect.SecondObserver;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The stills one movie's report may need, collected while its detection decodes: pass it to
 * {@link org.kissdetect.api.detect.DetectionService#detect(org.kissdetect.api.detect.DetectionRequest,
 * org.kissdetect.api.detect.ProgressListener, org.kissdetect.api.detect.Cancellation, SecondObserver)} and then
 * to {@link ReportService#writeInto}. Scenes are known only at the end, so it keeps a small still of every
 * second (on disk, not in memory); close it when the report is written or abandoned.
 */
@ProviderType
public interface ReportStills extends SecondObserver, AutoCloseable {

    /** Frees what it keeps. */
    @Override
    void close();
}
