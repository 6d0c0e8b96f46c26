package org.kissdetect.explain.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.common.text.Clock;

/**
 * One second of a movie, decoded as a detection decodes it. The decoder cannot seek (seeking lands on other frames
 * than reading from the start does, see DEVELOPERS.md), so the movie is read from its start and reading stops at
 * the second: explaining second k costs decoding k + 1 seconds, and several seconds cost one pass up to the last.
 */
final class SecondDecoding {

    private SecondDecoding() {
    }

    /**
     * @param clip         the clip the model wants with each second, if any
     * @param atSeconds    the time asked for, for messages
     * @param cancellation asked before each second
     * @return the second
     * @throws MediaException        when the movie cannot be decoded, or ends before the second, naming its length
     * @throws CancellationException when the cancellation says so
     */
    static SecondSample decode(MovieDecoder decoder, Path movie, int second, Optional<ClipRequest> clip,
            double atSeconds, Cancellation cancellation) throws MediaException {
        SecondSample[] found = new SecondSample[1];
        decodeEach(decoder, movie, new TreeSet<>(Set.of(second)), clip, atSeconds, cancellation,
                sample -> found[0] = sample);
        return found[0];
    }

    /** What is done with each second asked for, as it is decoded. */
    interface SecondUse {
        void accept(SecondSample sample) throws MediaException;
    }

    /**
     * Reads the movie from its start once, handing each second of {@code seconds} to {@code use} as it comes, and
     * stops after the last.
     *
     * @param atSeconds the time asked for, for messages (the last second's when several are asked)
     * @throws MediaException        when the movie cannot be decoded, or ends before the last second, naming its
     *                               length
     * @throws CancellationException when the cancellation says so
     */
    static void decodeEach(MovieDecoder decoder, Path movie, SortedSet<Integer> seconds, Optional<ClipRequest> clip,
            double atSeconds, Cancellation cancellation, SecondUse use) throws MediaException {
        if (seconds.isEmpty()) {
            return;
        }
        int last = seconds.last();
        try (SampleStream stream = clip.isPresent() ? decoder.open(movie, clip.get()) : decoder.open(movie)) {
            int complete = 0;
            Optional<SecondSample> next;
            while (true) {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("explaining " + movie.getFileName() + " at "
                            + time(atSeconds) + " was cancelled after " + complete + " seconds decoded");
                }
                next = stream.next();
                if (next.isEmpty()) {
                    break;
                }
                int second = next.get().second();
                if (seconds.contains(second)) {
                    use.accept(next.get());
                }
                if (second >= last) {
                    return;
                }
                complete = second + 1;
            }
            double duration = Math.max(stream.info().durationSeconds(), complete);
            String decoded = complete == 0 ? "not one complete second"
                    : complete + " complete seconds, the last from " + time(complete - 1);
            throw new MediaException(movie, "it lasts " + time(duration) + " (" + decoded + "): there is no second at "
                    + time(atSeconds) + " to explain");
        }
    }

    /** A time as {@code HH:MM:SS.mmm}. */
    static String time(double seconds) {
        return Clock.withMillis(Math.round(seconds * 1000));
    }
}
