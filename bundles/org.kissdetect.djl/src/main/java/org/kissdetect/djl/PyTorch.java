package org.kissdetect.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngineProvider;

import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.djl.internal.PyTorchNatives;

/**
 * Starts DJL's PyTorch engine the one way that works in this runtime, once per framework:
 * <ul>
 * <li>offline: {@code ai.djl.offline=true}, so DJL neither downloads natives nor calls home;</li>
 * <li>libtorch extracted from the embedded natives into a fixed cache, {@code djl} under the cache root
 * ({@code $XDG_CACHE_HOME/kissdetect} or {@code ~/.cache/kissdetect}) unless
 * {@code DJL_CACHE_DIR} or {@code ENGINE_CACHE_DIR} says otherwise (as environment variable or system property),
 * verified at every start and unpacked again when damaged (see {@code NativesCache});
 * {@code PYTORCH_LIBRARY_PATH} still selects another libtorch, such as a CUDA build;</li>
 * <li>with this bundle's class loader as the thread context class loader, which DJL uses to discover its engines
 * and to find the natives.</li>
 * </ul>
 * Call {@link #start()} before any other use of DJL: DJL settles its engines when its {@code Engine} class is
 * first initialised. Starting is lazy on purpose; nothing in this bundle runs before the first call.
 */
public final class PyTorch {

    /** DJL's name of the engine. */
    public static final String ENGINE = "PyTorch";

    private static String version;

    private PyTorch() {
    }

    /**
     * Loads libtorch if this has not happened yet. The first call on a machine extracts the natives (about
     * 430 MB, seconds); later calls return at once. Thread-safe.
     *
     * @return the libtorch version, such as {@code 2.7.1}
     * @throws IllegalStateException when libtorch cannot be loaded, or when the environment asks DJL to go online
     */
    public static synchronized String start() {
        if (version != null) {
            return version;
        }
        configure();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PyTorch.class.getClassLoader());
        try {
            if (environmentOrProperty("PYTORCH_LIBRARY_PATH") == null) {
                PyTorchNatives.prepare(PyTorch.class.getClassLoader(),
                        warning -> System.err.println("kissdetect: warning: " + warning));
            }
            if (!Engine.hasEngine(ENGINE)) {
                // Engine was initialised before start() under another context class loader: register directly.
                Engine.registerEngine(new PtEngineProvider());
            }
            version = Engine.getEngine(ENGINE).getVersion();
            return version;
        } catch (IOException e) {
            throw new IllegalStateException("libtorch cannot start: " + e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("libtorch cannot start (natives cache " + cacheDirectory() + "): "
                    + rootMessage(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The folder DJL extracts libtorch into.
     *
     * @return the folder named by {@code ENGINE_CACHE_DIR} or {@code DJL_CACHE_DIR}, else
     *         {@code djl} under the cache root ({@code ~/.cache/kissdetect/djl} without {@code XDG_CACHE_HOME}), or
     *         {@code $TMPDIR/kissdetect-djl-USER} where that cannot be created
     */
    public static Path cacheDirectory() {
        for (String name : new String[] {"ENGINE_CACHE_DIR", "DJL_CACHE_DIR"}) {
            String configured = environmentOrProperty(name);
            if (configured != null && !configured.isBlank()) {
                return Paths.get(configured);
            }
        }
        Path preferred = CacheRoot.folder("djl");
        try {
            Files.createDirectories(preferred);
            if (Files.isWritable(preferred)) {
                return preferred;
            }
        } catch (IOException | SecurityException e) {
            // an unwritable home: the natives go to the machine's temporary folder, not java.io.tmpdir (the launcher
            // makes that a folder of the run, deleted after it)
        }
        String temporary = System.getenv("TMPDIR");
        return Paths.get(temporary != null && !temporary.isBlank() ? temporary : "/tmp",
                "kissdetect-djl-" + System.getProperty("user.name"));
    }

    private static void configure() {
        String offline = System.getenv("DJL_OFFLINE");
        if (offline != null && !Boolean.parseBoolean(offline)) {
            throw new IllegalStateException("the environment sets DJL_OFFLINE=" + offline
                    + ", which would let DJL download and call home; Kiss Detector runs DJL offline only: unset it");
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (environmentOrProperty("ENGINE_CACHE_DIR") == null && environmentOrProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cacheDirectory().toString());
        }
        // DJL logs through slf4j, embedded here with slf4j-simple: warnings and errors only, on stderr.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    private static String environmentOrProperty(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    private static String rootMessage(Throwable e) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && message.indexOf(t.getMessage()) < 0) {
                message.append(message.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return message.length() == 0 ? e.getClass().getName() : message.toString();
    }
}
