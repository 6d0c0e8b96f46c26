package org.kissdetect.projects.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.ProgressListener;
import org.kissdetect.api.projects.AnnotationRequest;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaOutcome;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectAnnotation;
import org.kissdetect.api.projects.ProjectAnnotationService;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectReader;
import org.kissdetect.common.files.AtomicFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Annotates a project: each media file its timeline uses is detected once (the score cache makes a second run
 * free), a file that is missing or cannot be decoded is reported and left unmarked, and the project is written
 * atomically. In place, the project's previous content is first kept as {@code NAME.kissdetect-backup} beside it.
 */
@Component(service = ProjectAnnotationService.class)
public final class ProjectAnnotationComponent implements ProjectAnnotationService {

    static final String BACKUP_SUFFIX = ".kissdetect-backup";

    private final DetectionService detection;
    private final ProjectReader projects;

    @Activate
    public ProjectAnnotationComponent(@Reference DetectionService detection, @Reference ProjectReader projects) {
        this.detection = detection;
        this.projects = projects;
    }

    @Override
    public ProjectAnnotation annotate(AnnotationRequest request, ProgressListener listener, Cancellation cancellation)
            throws ProjectException, ModelException, IOException, DetectionCancelledException {
        EditorProject project = projects.read(request.project());
        Map<Path, Integer> uses = new LinkedHashMap<>();
        for (ProjectClip clip : project.clips()) {
            uses.merge(clip.media(), 1, Integer::sum);
        }
        Map<Path, MediaScenes> scenes = new HashMap<>();
        List<MediaOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<Path, Integer> use : uses.entrySet()) {
            Path media = use.getKey();
            try {
                if (!Files.isRegularFile(media)) {
                    throw new MediaException(media, Files.exists(media) ? "not a regular file" : "no such file");
                }
                Detection found = detection.detect(new DetectionRequest(media, request.modelDirectory(),
                        request.parameters()), listener, cancellation);
                MovieInfo movie = request.snapToCuts() ? found.movie() : found.movie().withShotCuts(List.of());
                scenes.put(media, new MediaScenes(movie, found.scenes(), found.model().id()));
                outcomes.add(new MediaOutcome(media, use.getValue(), found.scenes().size(), found.fromCache(), null));
            } catch (MediaException | ClassificationException e) {
                outcomes.add(new MediaOutcome(media, use.getValue(), 0, false, e.getMessage()));
            }
        }
        int[] markers = new int[1];
        Path backup = null;
        if (request.inPlace()) {
            backup = request.project().resolveSibling(request.project().getFileName() + BACKUP_SUFFIX);
            Path original = request.project();
            AtomicFiles.write(backup, out -> Files.copy(original, out));
        }
        AtomicFiles.write(request.output(), out -> markers[0] = project.writeAnnotated(scenes, request.style(), out));
        return new ProjectAnnotation(request.project(), project.format(), request.output(), backup, markers[0],
                outcomes);
    }
}
