package org.kissdetect.explain.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;

/** A decoder of films of {@code seconds} seconds whose stills (320 x 256) differ from second to second. */
final class FakeMovies implements MovieDecoder {

    final int seconds;
    final AtomicInteger decoded = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    FakeMovies(int seconds) {
        this.seconds = seconds;
    }

    static RgbImage still(int second) {
        byte[] pixels = new byte[320 * 256 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7 + second * 31 + i / 960);
        }
        return new RgbImage(320, 256, pixels);
    }

    @Override
    public SampleStream open(Path movie) {
        return new SampleStream() {
            int next;

            @Override
            public MovieInfo info() {
                return new MovieInfo(movie, seconds + 0.4, 25, 320, 256, true);
            }

            @Override
            public Optional<SecondSample> next() {
                if (next == seconds) {
                    return Optional.empty();
                }
                decoded.incrementAndGet();
                SecondSample sample = new SecondSample(next, next + 0.96, still(next), new float[15_360], false,
                        false);
                next++;
                return Optional.of(sample);
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }

            @Override
            public List<Double> shotCuts() {
                return List.of();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }
}
