package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the viewer is: a media item and a time in it, or nowhere until the user puts it somewhere. Used on the
 * event thread only.
 */
final class Playhead {

    /** Hears the playhead move. */
    interface Listener {
        /** @param seek whether the user moved it (playback restarts there), rather than playback */
        void moved(boolean seek);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String mediaId;
    private double seconds;

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** The user puts the playhead on a media item's time. */
    void seek(String media, double second) {
        mediaId = media;
        seconds = second;
        listeners.forEach(listener -> listener.moved(true));
    }

    /** Playback moved on to a time of the same item. */
    void advance(double second) {
        seconds = second;
        listeners.forEach(listener -> listener.moved(false));
    }

    /** Leaves the media item it was on (it was removed, or another project opened). */
    void clear() {
        mediaId = null;
        seconds = 0;
        listeners.forEach(listener -> listener.moved(true));
    }

    Optional<String> mediaId() {
        return Optional.ofNullable(mediaId);
    }

    double seconds() {
        return seconds;
    }

    /** @return whether it is on this media item */
    boolean isOn(String media) {
        return media.equals(mediaId);
    }
}
