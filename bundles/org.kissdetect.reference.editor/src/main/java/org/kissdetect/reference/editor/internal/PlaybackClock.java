package org.kissdetect.reference.editor.internal;

import java.util.function.LongSupplier;

/**
 * The time of playback since it started: the sound heard, while there is sound; the wall clock without sound, or
 * from where the sound ended on. Thread-safe.
 */
final class PlaybackClock {

    private final LongSupplier nanoTime;
    private final long started;
    private AudioOut audio;
    /** Where the wall clock takes over: the seconds played when the sound ended, and the wall time then. */
    private double handedOverAt;
    private long handedOverNanos;

    /**
     * @param audio    the sound output, or null to follow the wall clock
     * @param nanoTime the wall clock, {@code System::nanoTime}
     */
    PlaybackClock(AudioOut audio, LongSupplier nanoTime) {
        this.audio = audio;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.handedOverNanos = started;
    }

    /** The sound ended or failed: the wall clock goes on from the sound's time. */
    synchronized void soundEnded() {
        if (audio != null) {
            handedOverAt = audio.secondsPlayed();
            handedOverNanos = nanoTime.getAsLong();
            audio = null;
        }
    }

    synchronized boolean followsSound() {
        return audio != null;
    }

    /** @return the seconds played since playback started */
    synchronized double seconds() {
        if (audio != null) {
            return audio.secondsPlayed();
        }
        return handedOverAt + (nanoTime.getAsLong() - handedOverNanos) / 1e9;
    }
}
