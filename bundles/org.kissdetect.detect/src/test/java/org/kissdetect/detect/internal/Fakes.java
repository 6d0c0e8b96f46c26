package org.kissdetect.detect.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;

/**
 * Test doubles of the pipeline's services. A film is a string of '1' (kissing) and '0' seconds; its stills
 * carry the digit, the features and the classifier pass it on, so the probabilities spell the film.
 */
final class Fakes {

    private Fakes() {
    }

    static final class Decoder implements MovieDecoder {
        static final MovieFormat FORMAT = new MovieFormat("mov,mp4,m4a,3gp,3g2,mj2", "h264", "aac");
        final String film;
        final AtomicInteger decoded = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final List<String> warnings = new CopyOnWriteArrayList<>();
        final List<Double> shotCuts = new CopyOnWriteArrayList<>();
        volatile long millisPerSecond;
        volatile int failAtSecond = -1;
        volatile int throwAtSecond = -1;
        volatile Throwable thrown;
        volatile double declaredSeconds = Double.NaN;
        volatile int stopAfterSeconds = Integer.MAX_VALUE;

        Decoder(String film) {
            this.film = film;
        }

        @Override
        public SampleStream open(Path movie) {
            return new SampleStream() {
                int next;

                @Override
                public MovieInfo info() {
                    double seconds = Double.isNaN(declaredSeconds) ? film.length() + 0.5 : declaredSeconds;
                    return new MovieInfo(movie, seconds, 25, 4, 2, true).withFormat(FORMAT);
                }

                @Override
                public Optional<SecondSample> next() throws MediaException {
                    if (next == film.length() || next == stopAfterSeconds) {
                        return Optional.empty();
                    }
                    if (next == failAtSecond) {
                        throw new MediaException(movie, next, "truncated packet", null);
                    }
                    if (next == throwAtSecond) {
                        throwUnchecked(thrown);
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
                    return List.copyOf(warnings);
                }

                @Override
                public List<Double> shotCuts() {
                    return List.copyOf(shotCuts);
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
        final List<Integer> classifiedSeconds = new CopyOnWriteArrayList<>();
        volatile String version = "1";
        volatile long millisPerBatch;
        volatile int failAtCall = -1;
        volatile Runnable beforeEachBatch = () -> { };
        final AtomicInteger opened = new AtomicInteger();
        volatile Runnable whileLoading = () -> { };

        @Override
        public ModelDescriptor model() {
            return new ModelDescriptor("fake", version, "both", "cpu()");
        }

        @Override
        public int batchSize() {
            return 4;
        }

        @Override
        public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
            beforeEachBatch.run();
            if (calls.incrementAndGet() == failAtCall) {
                throw new ClassificationException("the engine died", null);
            }
            sleep(millisPerBatch);
            float[] p = new float[batch.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = batch.get(i).image()[0] > 0 ? 0.9f : 0.1f;
                classifiedSeconds.add(batch.get(i).second());
            }
            classified.addAndGet(p.length);
            return p;
        }

        @Override
        public Classifier open(Path modelDirectory) {
            opened.incrementAndGet();
            whileLoading.run();
            return this;
        }

        @Override
        public Optional<ClipPreprocessing> clipInput(Path modelDirectory) {
            return Optional.empty();
        }

        @Override
        public ModelDescriptor describe(Path modelDirectory) {
            return model();
        }
    }

    private static void throwUnchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
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

    /** Runs of kissing seconds at least minSeconds long: enough segmentation to see the pipeline's result. */
    static Segmenter segmenter(SegmentationParameters defaults) {
        return new Segmenter() {
            @Override
            public SegmentationParameters parameters() {
                return defaults;
            }

            @Override
            public List<Scene> segment(float[] p, SegmentationParameters parameters) {
                List<Scene> scenes = new ArrayList<>();
                int start = -1;
                for (int i = 0; i <= p.length; i++) {
                    boolean kissing = i < p.length && p[i] >= parameters.threshold();
                    if (kissing && start < 0) {
                        start = i;
                    } else if (!kissing && start >= 0) {
                        if (i - start >= parameters.minSeconds()) {
                            scenes.add(new Scene(start, i - 1, 0.9));
                        }
                        start = -1;
                    }
                }
                return scenes;
            }
        };
    }

    static DetectionConfiguration configuration(int batch, int queue, String cache) {
        return configuration(batch, queue, cache, 60);
    }

    static DetectionConfiguration configuration(int batch, int queue, String cache, int checkpointSeconds) {
        return new DetectionConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DetectionConfiguration.class;
            }

            @Override
            public int batchSize() {
                return batch;
            }

            @Override
            public int queueSeconds() {
                return queue;
            }

            @Override
            public String scoreCacheDirectory() {
                return cache;
            }

            @Override
            public int progressIntervalMillis() {
                return 10;
            }

            @Override
            public int checkpointSeconds() {
                return checkpointSeconds;
            }
        };
    }

    /** A model directory as the classification bundle writes it: its metadata lists the sha256 of its weights. */
    static Path modelDirectory(Path folder, String weightsSha256) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("metadata.json"), "{\"id\": \"fake\", \"version\": \"1\", \"sha256\": "
                + "{\"detector.safetensors\": \"" + weightsSha256 + "\"}}");
        return folder;
    }
}
