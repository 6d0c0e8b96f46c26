package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect resegment}: new thresholds on saved per-second scores, in milliseconds and without a model. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=resegment")
@Command(name = "resegment", sortOptions = false,
        description = {"Joins saved per-second scores into scenes again with other thresholds; runs no model.",
                "SCORES is a .scores.json file written beside the markers of 'kissdetect detect'."})
public final class ResegmentCommand implements Subcommand {

    private final DetectionService detection;
    private final Segmenter segmenter;
    private final MarkerFormats formats;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCORES", description = "A scores file from 'kissdetect detect'.")
    Path scores;

    @Mixin
    SegmentationOptions segmentation = new SegmentationOptions();

    @Mixin
    MarkerOptions markers = new MarkerOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Marker file, device or '-' (default: stdout).")
    String out;

    @Activate
    public ResegmentCommand(@Reference DetectionService detection, @Reference Segmenter segmenter,
            @Reference MarkerFormats formats) {
        this.detection = detection;
        this.segmenter = segmenter;
        this.formats = formats;
    }

    @Override
    public Integer call() {
        MarkerWriter writer = formats.writer(markers.format);
        Destination target = out == null ? Destination.stdout() : Destination.of(out);
        if (target.kind() == Destination.Kind.FOLDER) {
            throw CommandFailure.cannotWrite("cannot write markers to " + out + ": it is a folder");
        }
        if (target.path() != null) {
            OutputChecks.notAnInput(target.path(), List.of(scores));
            OutputChecks.nameFits(target.path());
        }
        Detection result;
        try {
            result = withRecommendedThreshold(detection.resegment(scores, segmentation.over(segmenter.parameters())));
        } catch (IOException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        MarkerDocument document = MarkerFormats.document(result, markers.style(), !markers.look.noSnap);
        if (target.kind() == Destination.Kind.STDOUT) {
            MarkerFormats.writeToStdout(writer, document, System.out);
        } else {
            AtomicFile.write(target, output -> writer.write(document, output));
        }
        spec.commandLine().getErr().println(Summary.of(result, target.path(), null));
        return ExitCodes.OK;
    }

    /**
     * As {@code detect} does: without {@code --threshold}, the threshold the model recommended when it scored the
     * movie (kept in the scores file) wins over the configured one. The scores are segmented again in memory, so the
     * file is read once.
     */
    private Detection withRecommendedThreshold(Detection scored) {
        if (scored.model().threshold().isEmpty()) {
            return scored;
        }
        SegmentationParameters parameters = segmentation.over(segmenter.parameters(), scored.model().threshold());
        if (parameters.equals(scored.parameters())) {
            return scored;
        }
        return new Detection(scored.movie(), scored.model(), scored.probabilities(), parameters,
                segmenter.segment(scored.probabilities(), parameters), scored.scoresFile(), scored.fromCache(),
                scored.warnings());
    }
}
