package org.kissdetect.testmedia;

import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.encode.MovieWriter;

/** Writes {@link TestMovie}s through a {@link MovieEncoder}, second by second, sound and pictures interleaved. */
public final class TestMedia {

    private TestMedia() {
    }

    /**
     * Writes a test movie; nothing appears under {@code file} unless it is complete.
     *
     * @param encoder the encoder (the DS service, or the decode bundle's encoder constructed directly in tests)
     * @param file    where the movie goes
     * @param movie   what it holds
     * @return {@code file}
     * @throws MediaException when the encoder fails
     */
    public static Path write(MovieEncoder encoder, Path file, TestMovie movie) throws MediaException {
        EncodingSettings settings = movie.settings();
        double[] times = movie.frameTimes();
        int rate = settings.audioSampleRate();
        long audioFirst = (long) Math.ceil(movie.audioStartSeconds() * rate);
        long audioEnd = (long) Math.floor(movie.seconds() * rate);
        int frame = 0;
        try (MovieWriter writer = encoder.create(file, settings)) {
            for (int second = 0; second < Math.ceil(movie.seconds()); second++) {
                if (settings.hasAudio()) {
                    long first = Math.max(audioFirst, (long) second * rate);
                    long end = Math.min(audioEnd, (long) (second + 1) * rate);
                    if (end > first) {
                        writer.writeAudio(Tones.samples(first, (int) (end - first), rate), (double) first / rate);
                    }
                }
                for (; frame < times.length && times[frame] < second + 1; frame++) {
                    writer.writeFrame(Pictures.frame(frame, times[frame], settings.width(), settings.height()),
                            times[frame]);
                }
            }
            writer.finish();
        }
        return file;
    }
}
