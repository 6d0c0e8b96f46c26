package org.kissdetect.decode.internal;

import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * FFmpeg returns rationals by value; JavaCPP wraps each in a small native allocation that only the garbage
 * collector would free. These helpers read them and free them at once.
 */
final class Rationals {

    private Rationals() {
    }

    static double value(AVRational rational) {
        try (AVRational r = rational) {
            return r.den() == 0 ? 0 : avutil.av_q2d(r);
        }
    }

    /** {@code {numerator, denominator}} */
    static int[] parts(AVRational rational) {
        try (AVRational r = rational) {
            return new int[] {r.num(), r.den()};
        }
    }
}
