package org.kissdetect.classify.internal;

import java.lang.annotation.Annotation;

/** Configuration annotations as SCR would hand them to the components. */
final class Configurations {

    private Configurations() {
    }

    static ClassifierFactoryConfiguration factory(String device, int threads, int batchSize) {
        return new ClassifierFactoryConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClassifierFactoryConfiguration.class;
            }

            @Override
            public String device() {
                return device;
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }
        };
    }

    static ClassifierConfiguration classifier(String modelDirectory, String device, int threads, int batchSize) {
        return new ClassifierConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClassifierConfiguration.class;
            }

            @Override
            public String modelDirectory() {
                return modelDirectory;
            }

            @Override
            public String device() {
                return device;
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }
        };
    }

    static NetworkTrainerConfiguration trainer(String device, int threads) {
        return new NetworkTrainerConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NetworkTrainerConfiguration.class;
            }

            @Override
            public String device() {
                return device;
            }

            @Override
            public int threads() {
                return threads;
            }
        };
    }
}
