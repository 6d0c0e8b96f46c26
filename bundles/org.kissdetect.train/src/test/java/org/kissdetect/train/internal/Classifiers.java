package org.kissdetect.train.internal;

import java.lang.reflect.Proxy;

import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.classify.internal.ClassifierFactoryComponent;

/** The classification bundle's factory outside OSGi, on the CPU, batches of 16. */
final class Classifiers {

    private Classifiers() {
    }

    static ClassifierFactory factory() {
        try {
            Class<?> type = Class.forName("org.kissdetect.classify.internal.ClassifierFactoryConfiguration");
            Object configuration = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, arguments) -> method.getName().equals("device") ? "cpu"
                            : method.getName().equals("batchSize") ? 16 : method.getDefaultValue());
            return ClassifierFactoryComponent.class.getConstructor(type).newInstance(configuration);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the classifier factory", e);
        }
    }
}
