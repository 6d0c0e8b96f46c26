package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectFormat;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reference editor's own projects ({@code kissdetect editor}): JSON of format {@code kissdetect-reference-editor},
 * version 1, a list of media each with its markers in the media's time.
 */
@Component(service = ProjectFormat.class, property = "kissdetect.project.format=reference-editor")
public final class ReferenceEditorProjectFormat implements ProjectFormat {

    static final String FORMAT = "kissdetect-reference-editor";

    @Override
    public String name() {
        return "reference-editor";
    }

    @Override
    public String description() {
        return "Kiss Detector reference editor project (.json)";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public boolean recognizes(Path file, String head) {
        return ProjectFiles.extension(file).equals("json") && head.contains("\"" + FORMAT + "\"");
    }

    @Override
    public EditorProject read(Path file) throws ProjectException {
        ObjectNode root = OtioJson.read(file, "a reference editor project");
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new ProjectException(file, "not a reference editor project: its format is "
                    + root.path("format").toString());
        }
        if (root.path("version").asInt(-1) != 1) {
            throw new ProjectException(file, "a reference editor project of version " + root.path("version")
                    + "; this version reads version 1");
        }
        return new ReferenceEditorProject(file, root);
    }
}
