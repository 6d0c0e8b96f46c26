package org.kissdetect.classify.internal;

import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.classify.spi.ModelKind;

/**
 * The real classifier factory on the CPU (1 thread) with the model kinds a test installs, for the tests of bundles
 * that contribute kinds. Closing it deactivates the factory, freeing every model.
 */
public final class CpuFactory implements AutoCloseable {

    private final ClassifierFactoryComponent factory;

    private CpuFactory(ClassifierFactoryComponent factory) {
        this.factory = factory;
    }

    /**
     * @param batchSize    the factory's batch size
     * @param loadedModels how many models it keeps
     * @param kinds        the kinds installed
     * @return the factory; close it
     */
    public static CpuFactory with(int batchSize, int loadedModels, ModelKind... kinds) {
        ClassifierFactoryComponent factory = new ClassifierFactoryComponent(Configurations.device("cpu", 1),
                Configurations.factory(batchSize, loadedModels));
        for (ModelKind kind : kinds) {
            factory.addKind(kind);
        }
        return new CpuFactory(factory);
    }

    /** @return the factory */
    public ClassifierFactory factory() {
        return factory;
    }

    /** @return how many models it keeps loaded now */
    public int keptModels() {
        return factory.keptModels();
    }

    @Override
    public void close() {
        factory.deactivate();
    }
}
