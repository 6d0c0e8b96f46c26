package org.kissdetect.api.report;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Draws charts as PNG images, with no library outside the JDK. Since 1.1. */
@ProviderType
public interface ChartService {

    /**
     * Draws a line chart (title, axes with ticks and grid, each series in its own colour and marker, a legend) and
     * writes it as a PNG, whole or not at all: a file that existed is replaced only when the new one is complete.
     *
     * @param chart the chart
     * @param png   the file to write
     * @throws IOException naming the file when it cannot be written
     */
    void writePng(LineChart chart, Path png) throws IOException;
}
