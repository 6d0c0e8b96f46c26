package org.kissdetect.spark.internal;

import java.io.Serializable;

/** What scoring a range yields: its seconds, then one outcome that says whether the range is whole. */
public sealed interface RangeItem extends Serializable {

    /** One second's probability. */
    record Second(String fingerprint, String uri, int second, float probability) implements RangeItem {
    }

    /**
     * How a range went.
     *
     * @param task         the range asked for
     * @param seconds      how many seconds it gave
     * @param reachedEnd   whether the movie ended inside it
     * @param modelContent the content key of the model that scored it, null when it failed
     * @param error        why it failed, or null
     */
    record Outcome(RangeTask task, int seconds, boolean reachedEnd, String modelContent, String error)
            implements RangeItem {
    }
}
