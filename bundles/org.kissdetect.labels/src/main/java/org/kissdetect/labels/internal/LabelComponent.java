package org.kissdetect.labels.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.labels.LabelService;
import org.kissdetect.api.labels.ProjectLabels;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectReader;
import org.kissdetect.common.files.AtomicFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Labels read from editors' projects through whichever project format reads them. */
@Component(service = LabelService.class)
public final class LabelComponent implements LabelService {

    private final ProjectReader projects;

    @Activate
    public LabelComponent(@Reference ProjectReader projects) {
        this.projects = projects;
    }

    @Override
    public ProjectLabels read(Path project, LabelRule rule) throws ProjectException {
        EditorProject read = projects.read(project);
        MarkerLabels found = MarkerLabels.of(read, rule);
        return new ProjectLabels(project, read.format(), found.labels(), found.ignored());
    }

    @Override
    public void writeAnnotations(ProjectLabels labels, Path annotations) throws IOException {
        AtomicFiles.write(annotations, out -> AnnotationCsv.write(labels.labels(), annotations, out));
    }
}
