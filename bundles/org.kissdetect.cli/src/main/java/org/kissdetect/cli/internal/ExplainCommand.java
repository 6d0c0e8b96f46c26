package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.common.files.FileErrors;
import org.kissdetect.common.text.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect explain}: where the model looked in one second of a movie, as a heat overlay PNG. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=explain")
@Command(name = "explain", sortOptions = false,
        description = {"Shows where the model looked in one second of a movie (a saliency map: the gradient of the "
                + "kissing logit with respect to the picture's pixels), drawn over the picture the model saw.",
                "The movie is decoded from its start up to that second: a late time takes longer."})
public final class ExplainCommand implements Subcommand {

    private final ExplanationService explanations;
    private final ModelRepository models;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MOVIE", description = "The movie.")
    Path movie;

    @Option(names = "--at", required = true, paramLabel = "TIME", converter = MovieTime.class,
            description = "The time to explain: seconds (12.5), MM:SS or HH:MM:SS[.mmm]; the second it falls in.")
    double at;

    @Option(names = "--model", paramLabel = "DIR", description = "Detector model directory (default: the demo model, which detects only a synthetic signature).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG to write.")
    Path out;

    @Option(names = "--quiet", description = "No summary; errors only.")
    boolean quiet;

    @Activate
    public ExplainCommand(@Reference ExplanationService explanations, @Reference ModelRepository models) {
        this.explanations = explanations;
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputChecks.nameFits(out);
        if (Files.isDirectory(out)) {
            throw CommandFailure.cannotWrite("cannot write " + out + ": it is a folder; name the PNG to write");
        }
        OutputChecks.notAnInput(out, model == null ? List.of(movie) : List.of(movie, model));
        try (Interruption interruption = new Interruption()) {
            Path modelDirectory = DefaultModel.orDemo(model, models, err, quiet, interruption);
            Explanation explanation = explain(new ExplanationRequest(movie, at, modelDirectory), interruption);
            interruption.stopIfCancelled(out);
            try {
                explanations.writeOverlay(explanation, out);
            } catch (IOException e) {
                throw CommandFailure.cannotWrite("cannot write " + out + ": " + FileErrors.reason(e), e);
            }
            if (!quiet) {
                spec.commandLine().getOut().println(summary(explanation, out));
            }
        }
        return ExitCodes.OK;
    }

    private Explanation explain(ExplanationRequest request, Interruption interruption) {
        try {
            return explanations.explain(request, interruption);
        } catch (MediaException e) {
            throw new CommandFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        } catch (ModelException | ClassificationException e) {
            throw new CommandFailure(ExitCodes.MODEL_PROBLEM, e.getMessage(), e);
        } catch (CancellationException e) {
            throw new CommandFailure(ExitCodes.CANCELLED, e.getMessage(), e);
        }
    }

    static String summary(Explanation explanation, Path png) {
        int second = explanation.second();
        return String.format(Locale.ROOT, "second %d (%s to %s): p(kissing) %.3f by %s %s; saliency overlay in %s",
                second, Clock.withMillis(second * 1000L), Clock.withMillis((second + 1) * 1000L),
                explanation.probability(), explanation.model().id(), explanation.model().version(), png);
    }
}
