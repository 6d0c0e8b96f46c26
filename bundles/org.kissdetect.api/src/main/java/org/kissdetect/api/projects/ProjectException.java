package org.kissdetect.api.projects;

import java.nio.file.Path;

/** A project file could not be read or is not one a format understands; the message names the file. */
public class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file   the project file
     * @param reason what is wrong, as a phrase
     * @param cause  the underlying failure, or {@code null}
     */
    public ProjectException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /**
     * @param file   the project file
     * @param reason what is wrong, as a phrase
     */
    public ProjectException(Path file, String reason) {
        this(file, reason, null);
    }

    /** @return the project file */
    public Path file() {
        return file;
    }
}
