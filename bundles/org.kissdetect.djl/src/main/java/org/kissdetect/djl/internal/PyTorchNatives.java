package org.kissdetect.djl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.util.Platform;
import ai.djl.util.Utils;

/**
 * libtorch's natives as DJL's PyTorch engine unpacks them, unpacked and verified by {@link NativesCache} first, so
 * that DJL finds a complete folder and loads it as it is. The folder and file names are DJL 0.36's
 * ({@code LibUtils.copyNativeLibraryFromClasspath} and {@code findJniLibrary}): libtorch's libraries from
 * {@code pytorch/FLAVOR/CLASSIFIER/} of the native jar, and the JNI library from {@code jnilib/CLASSIFIER/FLAVOR/} of
 * pytorch-jni, all in {@code ENGINE_CACHE/pytorch/VERSION-FLAVOR-CLASSIFIER}.
 */
public final class PyTorchNatives {

    private static final String JNI_LIBRARY = System.mapLibraryName("djl_torch");

    private PyTorchNatives() {
    }

    /**
     * Unpacks or repairs the natives of the libtorch embedded beside DJL. Call with the context class loader that
     * sees the natives (DJL's platform detection reads it).
     *
     * @param loader   the class loader that holds the native jars
     * @param warnings where a repair is reported
     * @return the folder DJL will load libtorch from
     * @throws IOException naming the folder when the natives cannot be unpacked
     */
    public static Path prepare(ClassLoader loader, java.util.function.Consumer<String> warnings) throws IOException {
        Platform platform = Platform.detectPlatform("pytorch");
        if (platform.isPlaceholder()) {
            throw new IOException("no libtorch natives are embedded for " + platform.getClassifier());
        }
        String flavor = platform.getFlavor();
        String classifier = platform.getClassifier();
        Map<String, NativesCache.Resource> files = new LinkedHashMap<>();
        for (String library : platform.getLibraries()) {
            files.put(library, resource(loader, "pytorch/" + flavor + "/" + classifier + "/" + library));
        }
        files.put(platform.getApiVersion() + "-" + JNI_LIBRARY,
                resource(loader, "jnilib/" + classifier + "/" + flavor + "/" + JNI_LIBRARY));
        Path root = Utils.getEngineCacheDir("pytorch");
        return new NativesCache(root, warnings).ensure(platform.getVersion() + "-" + flavor + "-" + classifier, files);
    }

    private static NativesCache.Resource resource(ClassLoader loader, String path) throws IOException {
        if (loader.getResource(path) == null) {
            throw new IOException("the embedded natives lack " + path);
        }
        return () -> {
            InputStream in = loader.getResourceAsStream(path);
            if (in == null) {
                throw new IOException("the embedded natives lack " + path);
            }
            return in;
        };
    }
}
