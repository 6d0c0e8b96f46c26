package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.labels.Label;
import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.labels.LabelService;
import org.kissdetect.api.labels.ProjectLabels;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.common.files.FileErrors;

/** A project's labels written as an annotation file, what was found said on stderr; shared by two commands. */
final class ProjectLabelExport {

    private ProjectLabelExport() {
    }

    static ProjectLabels export(LabelService labels, Path project, LabelRule rule, Path annotations,
            PrintWriter err, boolean quiet) {
        OutputChecks.notAnInput(annotations, List.of(project));
        OutputChecks.nameFits(annotations);
        ProjectLabels found;
        try {
            found = labels.read(project, rule);
        } catch (ProjectException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        for (String ignored : found.ignored()) {
            err.println("kissdetect: warning: " + project.getFileName() + ": " + ignored);
        }
        if (found.labels().isEmpty()) {
            throw CommandFailure.badInput(project + " holds no label: name markers \"" + rule.kissingName()
                    + "\" or \"" + rule.notKissingName() + "\" over the spans they label");
        }
        try {
            labels.writeAnnotations(found, annotations);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write " + annotations + ": " + FileErrors.reason(e), e);
        }
        if (!quiet) {
            err.println(summary(found, annotations));
        }
        return found;
    }

    private static String summary(ProjectLabels found, Path annotations) {
        double kissing = 0;
        double notKissing = 0;
        for (Label label : found.labels()) {
            if (label.kissing()) {
                kissing += label.end() - label.start();
            } else {
                notKissing += label.end() - label.start();
            }
        }
        long movies = found.labels().stream().map(Label::media).distinct().count();
        return String.format(Locale.ROOT, "%s: %d labels (%.0f s kissing, %.0f s not kissing) of %d media files "
                + "from the %s project %s", annotations, found.labels().size(), kissing, notKissing, movies,
                found.format(), found.project().getFileName());
    }
}
