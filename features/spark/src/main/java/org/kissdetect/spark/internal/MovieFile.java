package org.kissdetect.spark.internal;

import java.io.Serializable;

/**
 * One movie of the library: where it is (a URI any Hadoop file system reads) and what it is (its fingerprint).
 *
 * @param uri            the fully qualified path, as Spark names it
 * @param fingerprint    see {@link Fingerprints}
 * @param size           its size in bytes
 * @param modifiedMillis its modification time
 */
public record MovieFile(String uri, String fingerprint, long size, long modifiedMillis) implements Serializable {

    /** The file's name, for marker files and messages. */
    public String name() {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
