package org.kissdetect.explain.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.kissdetect.api.decode.ClipRequest;
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
    final AtomicInteger clipsAsked = new AtomicInteger();

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

    /** A square frame of a clip, different for every {@code index}. */
    static RgbImage frame(int side, int index) {
        byte[] pixels = new byte[side * side * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 5 + index * 17 + i / 400);
        }
        return new RgbImage(side, side, pixels);
    }

    @Override
    public SampleStream open(Path movie) {
        return stream(movie, null);
    }

    /** Each second with a clip of the request's frames: squares of its short side, the last one the second's. */
    @Override
    public SampleStream open(Path movie, ClipRequest clip) {
        clipsAsked.incrementAndGet();
        return stream(movie, clip);
    }

    private SampleStream stream(Path movie, ClipRequest clip) {
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
                List<RgbImage> frames = new ArrayList<>();
                for (int f = clip == null ? -1 : clip.frames() - 1; f >= 0; f--) {
                    frames.add(frame(clip.shortSide(), next * 100 - f));
                }
                SecondSample sample = new SecondSample(next, next + 0.96, still(next), new float[15_360], false,
                        false, frames);
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
