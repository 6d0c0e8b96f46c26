package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectFormat;
import org.kissdetect.api.projects.ProjectReader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/** Which format reads a project file: the first that recognises its name and first bytes. */
@Component(service = ProjectReader.class)
public final class ProjectFormats implements ProjectReader {

    private static final int HEAD_BYTES = 4096;

    private final List<ProjectFormat> formats;

    @Activate
    public ProjectFormats(@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE) List<ProjectFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    @Override
    public EditorProject read(Path project) throws ProjectException {
        String head = head(project);
        for (ProjectFormat format : formats) {
            if (format.recognizes(project, head)) {
                return format.read(project);
            }
        }
        throw new ProjectException(project, "not a project this version reads; it reads "
                + formats.stream().map(ProjectFormat::description).sorted().collect(Collectors.joining(", ")));
    }

    private static String head(Path project) throws ProjectException {
        if (!Files.isRegularFile(project)) {
            throw new ProjectException(project, Files.exists(project) ? "not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(project)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException(project, "cannot read it: " + e.getMessage(), e);
        }
    }
}
