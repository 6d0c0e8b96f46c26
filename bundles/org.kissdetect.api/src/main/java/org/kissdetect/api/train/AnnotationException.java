package org.kissdetect.api.train;

import java.nio.file.Path;

/**
 * An annotation file cannot be used. The message names the file and, where it applies, the line:
 * {@code "annotations.csv line 4: end 12 is before start 20"}.
 */
public class AnnotationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * A problem with an annotation file.
     *
     * @param file   the annotation file
     * @param line   the line at fault, from 1, or 0 for the file as a whole
     * @param reason what is wrong, as a phrase
     */
    public AnnotationException(Path file, int line, String reason) {
        super(file + (line > 0 ? " line " + line : "") + ": " + reason);
        this.file = file;
    }

    /** @return the annotation file */
    public Path file() {
        return file;
    }
}
