package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;

/**
 * Test doubles of the pipeline's services. A film is a string of '1' (kissing) and '0' seconds; its stills
 * carry the digit, the features and the classifier pass it on, so the probabilities spell the film.
 */
final class Fakes {

    private Fakes() {
    }

    static final class Decoder implements MovieDecoder {
        final String film;
        final AtomicInteger decoded = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        volatile long millisPerSecond;
        volatile int failAtSecond = -1;

        Decoder(String film) {
            this.film = film;
        }

        @Override
        public SampleStream open(Path movie) {
            return new SampleStream() {
                int next;

                @Override
                public MovieInfo info() {
                    return new MovieInfo(movie, film.length() + 0.5, 25, 4, 2, true);
                }

                @Override
                public Optional<SecondSample> next() throws MediaException {
                    if (next == film.length()) {
                        return Optional.empty();
                    }
                    if (next == failAtSecond) {
                        throw new MediaException(movie, next, "truncated packet", null);
                    }
                    sleep(millisPerSecond);
                    byte[] pixels = new byte[4 * 2 * 3];
                    Arrays.fill(pixels, (byte) (film.charAt(next) - '0'));
                    decoded.incrementAndGet();
                    SecondSample sample = new SecondSample(next, next + 0.96, new RgbImage(4, 2, pixels),
                            new float[15_360], false, false);
                    next++;
                    return Optional.of(sample);
                }

                @Override
                public List<String> warnings() {
                    return List.of();
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }
    }

    static final class Features implements FeatureExtractor {
        final AtomicInteger extracted = new AtomicInteger();

        @Override
        public ModelInput extract(SecondSample sample) {
            extracted.incrementAndGet();
            float[] image = new float[3 * 224 * 224];
            image[0] = sample.still().pixels()[0];
            return new ModelInput(sample.second(), image, new float[96 * 64]);
        }

        @Override
        public ModelInput augment(SecondSample sample, long seed) {
            return extract(sample);
        }

        @Override
        public LogMelExamples logMel(float[] waveform) {
            return new LogMelExamples(0, new float[0]);
        }
    }

    static final class Model implements Classifier, ClassifierFactory {
        final AtomicInteger classified = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        volatile String version = "1";
        volatile long millisPerBatch;

        @Override
        public ModelDescriptor model() {
            return new ModelDescriptor("fake", version, "both", "cpu()");
        }

        @Override
        public int batchSize() {
            return 4;
        }

        @Override
        public float[] kissingProbabilities(List<ModelInput> batch) {
            calls.incrementAndGet();
            sleep(millisPerBatch);
            float[] p = new float[batch.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = batch.get(i).image()[0] > 0 ? 0.9f : 0.1f;
            }
            classified.addAndGet(p.length);
            return p;
        }

        @Override
        public Classifier open(Path modelDirectory) {
            return this;
        }

        @Override
        public ModelDescriptor describe(Path modelDirectory) {
            return model();
        }
    }

    static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
