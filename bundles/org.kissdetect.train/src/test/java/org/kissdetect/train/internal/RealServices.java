package org.kissdetect.train.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.training.NetworkBuilder;
import org.kissdetect.decode.internal.Standalone;
import org.kissdetect.features.internal.FeatureExtractorComponent;
import org.kissdetect.segment.internal.SegmenterComponent;

/** The real services of the other bundles, outside OSGi, with their default configurations. */
final class RealServices {

    private RealServices() {
    }

    static MovieEncoder encoder() {
        return Standalone.encoder();
    }

    static MovieDecoder decoder() {
        return Standalone.decoder("exact");
    }

    static FeatureExtractor features() {
        return new FeatureExtractorComponent();
    }

    static NetworkTrainer trainer() {
        return new NetworkTrainer() {
            @Override
            public TrainableNetwork create(NetworkSetup setup) throws ModelException {
                return NetworkBuilder.create(setup, DeviceChoice.CPU, 0);
            }

            @Override
            public TrainableNetwork resume(Path checkpoint) throws ModelException {
                return NetworkBuilder.resume(checkpoint, DeviceChoice.CPU, 0);
            }
        };
    }

    /** The segmentation service with its defaults: 10 seconds, 0.7, 0.5. */
    static Segmenter segmenter() {
        try {
            Class<?> type = Class.forName("org.kissdetect.segment.internal.SegmenterConfiguration");
            Object configuration = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, arguments) -> method.getDefaultValue());
            return SegmenterComponent.class.getConstructor(type).newInstance(configuration);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the segmentation service", e);
        }
    }

    static TrainingConfiguration configuration(Path cache) {
        return new TrainingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TrainingConfiguration.class;
            }

            @Override
            public String cacheDirectory() {
                return cache.toString();
            }
        };
    }
}
