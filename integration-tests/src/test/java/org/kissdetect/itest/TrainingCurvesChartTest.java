package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kissdetect.api.report.ChartService;
import org.kissdetect.api.report.LineChart;
import org.kissdetect.api.report.Series;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The report bundle's chart service in Felix draws a training curve as a PNG that Java reads back. */
@ExtendWith(ServiceExtension.class)
class TrainingCurvesChartTest {

    @Test
    void aTrainingCurveIsWrittenAsAPng(@InjectService(timeout = 30_000) ChartService charts) throws Exception {
        Path png = Files.createDirectories(Path.of("target/charts")).resolve("f1.png");
        Files.deleteIfExists(png);

        charts.writePng(new LineChart("F1 per epoch", "epoch", "F1", List.of(
                new Series("training F1", new double[] {1, 2, 3}, new double[] {0.5, 0.7, 0.9}),
                new Series("validation F1", new double[] {1, 2, 3}, new double[] {0.4, 0.5, 0.55}))), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
    }
}
