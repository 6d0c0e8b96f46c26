package org.kissdetect.classify.internal;

import java.lang.annotation.Annotation;

/** Configuration annotations as SCR would hand them to the components. */
final class Configurations {

    private Configurations() {
    }

    static DeviceConfiguration device(String device, int threads) {
        return new DeviceConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DeviceConfiguration.class;
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

    static ClassifierFactoryConfiguration factory(int batchSize) {
        return factory(batchSize, 2);
    }

    static ClassifierFactoryConfiguration factory(int batchSize, int loadedModels) {
        return new ClassifierFactoryConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClassifierFactoryConfiguration.class;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public int loadedModels() {
                return loadedModels;
            }
        };
    }

    static ClassifierConfiguration classifier(String modelDirectory, int batchSize) {
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
            public int batchSize() {
                return batchSize;
            }
        };
    }
}
