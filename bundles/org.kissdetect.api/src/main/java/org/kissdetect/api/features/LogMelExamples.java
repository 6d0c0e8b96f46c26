package org.kissdetect.api.features;

/**
 * VGGish log-mel examples of a waveform: {@code count} patches of 96 frames x 64 bands, one after the other.
 *
 * @param count  the number of complete 0.96 s examples
 * @param values {@code count * 96 * 64} floats, example-major, then frame, then band
 */
public record LogMelExamples(int count, float[] values) {

    /** Checks that {@code values} holds exactly {@code count} patches. */
    public LogMelExamples {
        if (count < 0 || values == null || values.length != count * 96 * 64) {
            throw new IllegalArgumentException(count + " log-mel examples need " + count * 96 * 64 + " floats, got "
                    + (values == null ? "none" : values.length));
        }
    }
}
