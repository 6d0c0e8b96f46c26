package org.kissdetect.models.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a model folder looks like without reading it: each file's name, size, modification time and identity. A
 * folder whose stamp is unchanged still holds what was checked when the stamp was taken; hashing hundreds of
 * megabytes again would only repeat the classifier's own check.
 *
 * @param files each entry's name and attributes
 */
record FolderStamp(Map<String, String> files) {

    /**
     * @param folder the model folder
     * @return its stamp, or an empty stamp when it cannot be read (which matches no later stamp of a real folder)
     */
    static FolderStamp of(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                files.put(entry.getFileName().toString(), attributes.size() + " " + attributes.lastModifiedTime()
                        + " " + attributes.fileKey() + (attributes.isRegularFile() ? "" : " not a regular file"));
            }
        } catch (IOException e) {
            return new FolderStamp(Map.of());
        }
        return new FolderStamp(Map.copyOf(files));
    }

    /** Whether the folder could be read and held anything. */
    boolean readable() {
        return !files.isEmpty();
    }
}
