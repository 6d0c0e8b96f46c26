package org.kissdetect.decode.internal;

import org.kissdetect.common.text.Clock;


/** Times in the movie as people read them, like MediaException's: {@code 01:02:03.500}. */
final class MovieClock {

    private MovieClock() {
    }

    static String format(double seconds) {
        return Clock.withMillis(Math.round(seconds * 1000));
    }
}
