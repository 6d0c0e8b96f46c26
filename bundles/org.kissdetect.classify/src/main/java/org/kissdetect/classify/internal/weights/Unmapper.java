package org.kissdetect.classify.internal.weights;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

/**
 * Unmaps a mapped file now rather than when the garbage collector finds its buffer, through
 * {@code sun.misc.Unsafe.invokeCleaner} (module jdk.unsupported, which opens it for exactly this). Loaded from
 * the platform class loader, so it works whatever a framework lets bundles import. Where that is not possible the
 * mapping is left to the collector: later, but just as correct.
 */
final class Unmapper {

    private static final Method INVOKE_CLEANER;
    private static final Object UNSAFE;

    static {
        Method invoke = null;
        Object unsafe = null;
        try {
            Class<?> type = ClassLoader.getPlatformClassLoader().loadClass("sun.misc.Unsafe");
            Field field = type.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            unsafe = field.get(null);
            invoke = type.getMethod("invokeCleaner", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            invoke = null;
        }
        INVOKE_CLEANER = invoke;
        UNSAFE = unsafe;
    }

    private Unmapper() {
    }

    static void unmap(ByteBuffer mapping) {
        if (INVOKE_CLEANER != null && mapping.isDirect()) {
            try {
                INVOKE_CLEANER.invoke(UNSAFE, mapping);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // left to the garbage collector
            }
        }
    }
}
