package org.kissdetect.projects.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.segment.Scene;

/**
 * The timeline every format's test project holds, at 25 fps, in its own format's words:
 * <ol>
 * <li>{@code films/a.mp4} from 5 s to 35 s, at 0 s on the timeline (trimmed);</li>
 * <li>{@code films/a.mp4} from 60 s to 100 s, at 50 s (moved: 20 s of nothing before it);</li>
 * <li>{@code films/b.mov}, whose timecode starts at 10:00:00:00, from 25 s to 55 s, at 90 s.</li>
 * </ol>
 * a.mp4 kisses in seconds 10-24 and 70-89, b.mov in 30-44, so the scenes show on the timeline at 5-20 s, 60-80 s
 * and 95-110 s.
 */
final class ProjectFixture {

    static final MarkerStyle STYLE = new MarkerStyle("Kissing scene", "red", false);
    static final double[][] TIMELINE_SCENES = {{5, 20}, {60, 80}, {95, 110}};

    private ProjectFixture() {
    }

    /** Copies a test project into a folder, as {@code NAME} beside an empty {@code films/}. */
    static Path project(Path folder, String resource) throws IOException {
        Files.createDirectories(folder.resolve("films"));
        Path project = folder.resolve(resource);
        try (InputStream in = ProjectFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            Files.copy(in, project);
        }
        return project;
    }

    static Path filmA(Path folder) {
        return folder.resolve("films/a.mp4").toAbsolutePath().normalize();
    }

    static Path filmB(Path folder) {
        return folder.resolve("films/b.mov").toAbsolutePath().normalize();
    }

    static Map<Path, MediaScenes> scenes(Path folder) {
        MovieInfo a = new MovieInfo(filmA(folder), 120, 25, 640, 360, true);
        MovieInfo b = new MovieInfo(filmB(folder), 100, 25, 640, 360, true,
                new StartTimecode(10, 0, 0, 0, 25, false));
        return Map.of(a.file(), new MediaScenes(a, List.of(new Scene(10, 24, 0.9), new Scene(70, 89, 0.8)), "demo-1"),
                b.file(), new MediaScenes(b, List.of(new Scene(30, 44, 0.85)), "demo-1"));
    }

    static String annotated(EditorProject project, Map<Path, MediaScenes> scenes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        project.writeAnnotated(scenes, STYLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
