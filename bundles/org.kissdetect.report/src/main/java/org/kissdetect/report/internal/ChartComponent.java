package org.kissdetect.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.kissdetect.api.report.ChartService;
import org.kissdetect.api.report.LineChart;
import org.kissdetect.common.files.AtomicFiles;
import org.osgi.service.component.annotations.Component;

/**
 * Line charts as PNG, drawn by {@link LineChartImage} with Java2D (the JDK's, as the report's strip is), encoded in
 * memory and written whole beside the target, then moved into place.
 */
@Component(service = ChartService.class)
public final class ChartComponent implements ChartService {

    @Override
    public void writePng(LineChart chart, Path png) throws IOException {
        byte[] encoded = encode(chart);
        try {
            AtomicFiles.write(png, out -> out.write(encoded));
        } catch (IOException e) {
            throw new IOException("cannot write the chart " + png + ": " + e.getMessage(), e);
        }
    }

    static byte[] encode(LineChart chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(LineChartImage.render(chart), "png", stream)) {
                throw new IOException("no PNG writer is installed in this Java runtime");
            }
        }
        return bytes.toByteArray();
    }
}
