package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.report.ReportService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.common.files.FileErrors;
import org.kissdetect.common.files.OutputTransaction;

/**
 * Writes one movie's markers, scores and report as one {@link OutputTransaction}: all of them, or none. Markers
 * bound for a device, a FIFO or stdout are written after the files are in place.
 */
final class DetectionOutputs {

    private final DetectionService detections;
    private final List<MarkerWriter> writers;
    private final MarkerStyle style;
    private final boolean snap;
    private final ReportService reports;

    /**
     * @param writers the marker formats, in the order of {@link OutputPlan.MovieOutputs#markers()}
     * @param snap    whether scenes' edges move to shot cuts less than a second away
     */
    DetectionOutputs(DetectionService detections, List<MarkerWriter> writers, MarkerStyle style, boolean snap,
            ReportService reports) {
        this.snap = snap;
        this.detections = detections;
        this.writers = List.copyOf(writers);
        this.style = style;
        this.reports = reports;
    }

    /** Refuses, before anything is decoded, a report folder that holds something other than an earlier report. */
    static void checkReportTarget(ReportService reports, Path folder) {
        try {
            reports.checkTarget(folder);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(e.getMessage(), e);
        }
    }

    /**
     * @param stills         what the report took from the detection's decoding, or {@code null} without a report
     * @param modelDirectory the model that scored the detection, for the report's saliency maps
     */
    void write(Detection detection, ReportStills stills, OutputPlan.MovieOutputs outputs, Path modelDirectory,
            Interruption interruption,
            PrintStream stdout) {
        MarkerDocument document = MarkerFormats.document(detection, style, snap);
        try (OutputTransaction transaction = new OutputTransaction()) {
            for (int i = 0; i < writers.size(); i++) {
                MarkerWriter writer = writers.get(i);
                if (outputs.markers().get(i).kind() == Destination.Kind.FILE) {
                    transaction.file(outputs.markers().get(i).path(), out -> writer.write(document, out));
                }
            }
            if (outputs.scores() != null) {
                transaction.file(outputs.scores(), out -> detections.writeScores(detection, out));
            }
            if (outputs.report() != null) {
                transaction.<MediaException>folder(outputs.report(),
                        folder -> reports.writeInto(folder, detection, stills, modelDirectory, interruption));
            }
            interruption.stopIfCancelled(detection.movie().file());
            transaction.commit();
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write the outputs of " + outputs.movie() + ": "
                    + FileErrors.reason(e), e);
        } catch (MediaException e) {
            throw new CommandFailure(ExitCodes.BAD_INPUT, "cannot take thumbnails for the report: " + e.getMessage(), e);
        }
        for (int i = 0; i < writers.size(); i++) {
            MarkerWriter writer = writers.get(i);
            Destination markers = outputs.markers().get(i);
            switch (markers.kind()) {
                case STDOUT -> MarkerFormats.writeToStdout(writer, document, stdout);
                case STREAM -> AtomicFile.write(markers, out -> writer.write(document, out));
                default -> {
                }
            }
        }
    }
}
