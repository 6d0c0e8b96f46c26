package org.kissdetect.api.projects;

import java.io.IOException;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.ProgressListener;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Marks the kissing scenes in a user's project: reads it, detects on every media file its timeline uses (each once,
 * however many clips use it; scores cached as for any detection), and writes the project back with the scenes marked
 * where they fall on the timeline.
 */
@ProviderType
public interface ProjectAnnotationService {

    /**
     * Annotates a project. Media that cannot be found or decoded is reported in the result and the rest is still
     * annotated. Nothing is written unless the whole project could be written, and the user's project is replaced
     * only in place, atomically, after its backup is written.
     *
     * @param request      the project, the output and the detection's settings
     * @param listener     told about each media file's progress
     * @param cancellation asked whether to stop
     * @return what was written and what became of each media file
     * @throws ProjectException            when the project cannot be read
     * @throws ModelException              when the model cannot be loaded
     * @throws IOException                 when the annotated project cannot be written
     * @throws DetectionCancelledException when {@code cancellation} asked to stop; nothing is then written
     */
    ProjectAnnotation annotate(AnnotationRequest request, ProgressListener listener, Cancellation cancellation)
            throws ProjectException, ModelException, IOException, DetectionCancelledException;
}
