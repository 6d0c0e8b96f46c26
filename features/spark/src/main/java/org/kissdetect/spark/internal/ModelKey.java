package org.kissdetect.spark.internal;

import java.io.Serializable;

/**
 * The detector that scored: its id and version for people, its content key for deciding that scores exist.
 *
 * @param id        the model's id
 * @param version   its version
 * @param content   the key of its directory's content (equal keys, equal scores)
 * @param threshold the threshold its metadata recommends, or null
 */
public record ModelKey(String id, String version, String content, Double threshold) implements Serializable {
}
