package org.kissdetect.api.checkpoint;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an import is told beside the checkpoints.
 *
 * @param classes the class names of a classifier checkpoint that does not carry them (one name a line, or the
 *                dataset's CSV with a {@code label} column), when given
 */
public record ImportOptions(Optional<Path> classes) {

    /** Checks that the optional is given. */
    public ImportOptions {
        if (classes == null) {
            throw new IllegalArgumentException("classes must be an optional, possibly empty");
        }
    }

    /** @return options with nothing told */
    public static ImportOptions none() {
        return new ImportOptions(Optional.empty());
    }
}
