package org.kissdetect.api.projects;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Reads a project file with whichever installed {@link ProjectFormat} recognises it. */
@ProviderType
public interface ProjectReader {

    /**
     * @param project the project file
     * @return the project
     * @throws ProjectException naming the file: when it cannot be read, no format recognises it (the message lists
     *                          the formats there are), or it is not a valid project of its format
     */
    EditorProject read(Path project) throws ProjectException;
}
