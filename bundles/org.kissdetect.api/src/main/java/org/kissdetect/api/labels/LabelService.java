package org.kissdetect.api.labels;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.projects.ProjectException;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the labels editors put in their projects, and writes them as the annotation CSV training reads. */
@ProviderType
public interface LabelService {

    /**
     * Reads a project's labels: each label marker's span, through the clips it covers (a timeline marker) or on its
     * clip (a clip marker), in the source time of the media shown. A point marker labels the time up to the next
     * marker of its timeline or clip, or to the end of the clip under it.
     *
     * @param project the project file
     * @param rule    which markers are labels
     * @return the labels, and the label markers that label nothing
     * @throws ProjectException when the project cannot be read
     */
    ProjectLabels read(Path project, LabelRule rule) throws ProjectException;

    /**
     * Writes labels as an annotation file ({@code movie,start,end,label}, UTF-8 CSV, paths relative to the file's
     * folder where the media lies under it), atomically.
     *
     * @param labels      the labels
     * @param annotations the CSV file to write
     * @throws IOException when it cannot be written
     */
    void writeAnnotations(ProjectLabels labels, Path annotations) throws IOException;
}
