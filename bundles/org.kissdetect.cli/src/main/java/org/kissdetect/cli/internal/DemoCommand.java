package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MediaWriteException;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.model.ResolvedModel;
import org.kissdetect.api.report.ReportService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.common.files.FileErrors;
import org.kissdetect.common.files.OutputTransaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kissdetect demo}: the whole job on a film whose truth is known. It makes the demo model when it is missing,
 * writes the synthetic film, detects its scenes, prints them beside the truth, and writes every marker format and a
 * report.
 */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=demo")
@Command(name = "demo", sortOptions = false,
        description = {"Finds the scenes of a generated film with the demo model, next to the truth.",
                "The film has three synthetic kissing scenes; the markers go out in every format, with",
                "an HTML report. The demo model detects the synthetic signature of generated",
                "films, not kissing in real ones."})
public final class DemoCommand implements Subcommand {

    private final ModelRepository models;
    private final MovieEncoder encoder;
    private final DetectionService detection;
    private final Segmenter segmenter;
    private final MarkerFormats formats;
    private final ReportService reports;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the film, the markers and the report go (default: demo under the cache root, $XDG_CACHE_HOME/kissdetect or ~/.cache/kissdetect).")
    Path out;

    @Option(names = "--quiet", description = "No progress.")
    boolean quiet;

    @Activate
    public DemoCommand(@Reference ModelRepository models, @Reference MovieEncoder encoder,
            @Reference DetectionService detection, @Reference Segmenter segmenter, @Reference MarkerFormats formats,
            @Reference ReportService reports) {
        this.models = models;
        this.encoder = encoder;
        this.detection = detection;
        this.segmenter = segmenter;
        this.formats = formats;
        this.reports = reports;
    }

    @Override
    public Integer call() {
        Path folder = out != null ? out : CacheRoot.folder("demo");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try (Interruption interruption = new Interruption(); ReportStills stills = reports.stills()) {
            ResolvedModel model = DefaultModel.resolve(ModelReference.demo(), models, err, quiet, interruption);
            Path film = writeFilm(folder, err);
            Detection result = DetectionRun.of(detection,
                    new DetectionRequest(film, model.directory(), segmenter.parameters()), stills, interruption, err,
                    quiet);
            Path markers = folder.resolve("markers");
            Path report = folder.resolve("report");
            writeOutputs(result, stills, markers, report, model.directory(), interruption);
            stdout.println("Film: " + film + " (" + result.probabilities().length + " s, 320x180)");
            stdout.print(DemoComparison.table(result.scenes(), DemoFilm.truth()));
            stdout.println("Markers for every editor: " + markers);
            stdout.println("Report: " + report.resolve("index.html"));
            stdout.println("Model: " + result.model().id() + " " + result.model().version() + ". " + model.notice());
            return ExitCodes.OK;
        } catch (CommandFailure e) {
            throw e;
        } catch (MediaWriteException e) {
            throw CommandFailure.cannotWrite(e.getMessage(), e);
        } catch (MediaException e) {
            throw new CommandFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write the demo in " + folder + ": " + FileErrors.reason(e), e);
        } catch (Exception e) {
            throw TrainingFailures.of(e);
        }
    }

    private Path writeFilm(Path folder, PrintWriter err) throws MediaException, IOException {
        if (!quiet) {
            err.println("writing the demo film (once) in " + folder);
            err.flush();
        }
        return DemoFilm.ensure(encoder, folder);
    }

    /** The markers in every format and the report appear together, or not at all. */
    private void writeOutputs(Detection result, ReportStills stills, Path markers, Path report, Path modelDirectory,
            Interruption interruption) throws IOException, MediaException {
        DetectionOutputs.checkReportTarget(reports, report);
        String name = OutputNames.baseName(result.movie().file());
        MarkerDocument document = MarkerFormats.document(result, new MarkerStyle(MarkerStyle.DEFAULT_NAME, "red", true));
        try (OutputTransaction transaction = new OutputTransaction()) {
            for (MarkerWriter writer : formats.all().values()) {
                transaction.file(markers.resolve(name + "." + writer.extension()), out -> writer.write(document, out));
            }
            transaction.<MediaException>folder(report,
                    staging -> reports.writeInto(staging, result, stills, modelDirectory, interruption));
            interruption.stopIfCancelled(markers.getParent());
            transaction.commit();
        }
    }
}
