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
            Class<?> device = Class.forName("org.kissdetect.classify.internal.DeviceConfiguration");
            Class<?> own = Class.forName("org.kissdetect.classify.internal.ClassifierFactoryConfiguration");
            return ClassifierFactoryComponent.class.getConstructor(device, own).newInstance(configuration(device),
                    configuration(own));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the classifier factory", e);
        }
    }

    /** A configuration as SCR hands it over: the CPU, batches of 16, the defaults otherwise. */
    private static Object configuration(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> method.getName().equals("device") ? "cpu"
                        : method.getName().equals("batchSize") ? 16 : method.getDefaultValue());
    }
}
