package org.kissdetect.api.projects;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads one editor's project files. Registered with the service property {@code kissdetect.project.format} naming
 * the format as {@link #name()} does. Project files come from outside and are read as hostile: no external entity,
 * DTD or include is followed, and sizes are bounded. Thread-safe.
 */
@ProviderType
public interface ProjectFormat {

    /** @return the format's short name: {@code shotcut}, {@code kdenlive}, {@code fcpxml}, {@code xmeml}, {@code otio} */
    String name();

    /** @return what it reads, for help texts ({@code "Shotcut project (.mlt)"}) */
    String description();

    /** @return the file name extensions it reads, without the dot */
    List<String> extensions();

    /**
     * Whether a file is one of this format's projects, judged by its name and its first bytes.
     *
     * @param file the file
     * @param head its first bytes (up to 4 KiB), decoded as UTF-8
     * @return whether {@link #read} should be able to read it
     */
    boolean recognizes(Path file, String head);

    /**
     * Reads a project.
     *
     * @param file the project file
     * @return the project
     * @throws ProjectException naming the file and what is wrong, when it cannot be read or is not a valid project
     */
    EditorProject read(Path file) throws ProjectException;
}
