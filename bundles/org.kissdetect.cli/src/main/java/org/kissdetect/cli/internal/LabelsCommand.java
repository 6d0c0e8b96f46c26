package org.kissdetect.cli.internal;

import java.nio.file.Path;

import org.kissdetect.api.labels.LabelService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect labels export}: the labels editors marked in their project, as the annotation file train reads. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=labels")
@Command(name = "labels", description = "Reads labels from editors' projects: 'kissdetect labels export --help'.")
public final class LabelsCommand implements Subcommand {

    private final LabelService labels;

    @Spec
    CommandSpec spec;

    @Activate
    public LabelsCommand(@Reference LabelService labels) {
        this.labels = labels;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do: export");
    }

    @Command(name = "export", sortOptions = false, description = {
            "Writes the kissing and not-kissing labels of a project as the annotation CSV 'train' reads, in the "
                    + "source time of the media they cover.",
            "PROJECT is a Shotcut, Kdenlive, FCPXML, Final Cut Pro 7 XML or OpenTimelineIO project. A marker named "
                    + "'kissing' or 'not kissing' (or of a --kissing-colour) labels its span: on a clip, its span of "
                    + "the clip; on the timeline, what each clip under it shows; a point marker up to the next "
                    + "marker."})
    int export(@Parameters(paramLabel = "PROJECT", description = "The editor's project file.") Path project,
            @Option(names = "--out", required = true, paramLabel = "FILE", description = "The annotation file.") Path out,
            @Mixin LabelOptions rule,
            @Option(names = "--quiet", description = "No summary; warnings and errors only.") boolean quiet) {
        ProjectLabelExport.export(labels, project, rule.rule(), out, spec.commandLine().getErr(), quiet);
        return ExitCodes.OK;
    }
}
