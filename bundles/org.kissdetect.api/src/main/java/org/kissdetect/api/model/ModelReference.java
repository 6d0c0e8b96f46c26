package org.kissdetect.api.model;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Names a detector without loading it. Each kind is a record of this interface; a repository refuses a kind it
 * does not know. Kinds to come (a model by id and version, other networks) are new records here.
 */
@ProviderType
public interface ModelReference {

    /**
     * The demo model, which detects the synthetic signature of generated films, not kissing in real ones.
     *
     * @return the reference
     */
    static ModelReference demo() {
        return new Demo();
    }

    /**
     * A model directory: {@code metadata.json} and the files it lists with their sha256.
     *
     * @param directory the folder
     * @return the reference
     */
    static ModelReference directory(Path directory) {
        return new Directory(directory);
    }

    /**
     * The rule every caller follows when a user may name a model: the named directory, else the demo model.
     *
     * @param named the directory the user named, or {@code null}
     * @return a reference to it, or to the demo model
     */
    static ModelReference namedOrDemo(Path named) {
        return named == null ? demo() : directory(named);
    }

    /** The demo model. */
    record Demo() implements ModelReference {

        @Override
        public String toString() {
            return "the demo model";
        }
    }

    /**
     * A model directory.
     *
     * @param path the folder
     */
    record Directory(Path path) implements ModelReference {

        /** Checks that a folder is given. */
        public Directory {
            if (path == null) {
                throw new IllegalArgumentException("a model directory reference needs a folder");
            }
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }
}
