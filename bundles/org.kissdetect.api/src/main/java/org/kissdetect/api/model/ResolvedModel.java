package org.kissdetect.api.model;

import java.nio.file.Path;

/**
 * A model ready to be loaded: a model directory whose files exist. The sha256 of every file is checked once, by
 * the classifier factory, from the very bytes it hands to the engine.
 *
 * @param reference what was asked for
 * @param directory the model directory
 * @param demo      whether it is the demo model
 * @param notice    the warning to show wherever the model is used (the demo model's limits), or empty
 */
public record ResolvedModel(ModelReference reference, Path directory, boolean demo, String notice) {

    /** Checks that every part is present. */
    public ResolvedModel {
        if (reference == null || directory == null || notice == null) {
            throw new IllegalArgumentException("a resolved model needs its reference, its directory and a notice"
                    + " (empty when there is none)");
        }
    }
}
