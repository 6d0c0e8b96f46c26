package org.kissdetect.spark.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.common.files.OutputTransaction;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless runtime's bundles (what {@code ./kissdetect} runs) started in a Felix framework inside this JVM,
 * once per JVM: a Spark executor's tasks share it, and with it one loaded model and the natives (FFmpeg, libtorch)
 * that its bundles unpack once. The API packages are exported by the framework from this class's class path, not by
 * the API bundle, so that the job and the bundles see the same {@code org.kissdetect.api} classes.
 */
public final class EmbeddedRuntime {

    /** Where the runtime's jar is when it is not in the job jar: {@code ./kissdetect batch} and the tests. */
    public static final String RUNTIME_JAR_PROPERTY = "kissdetect.runtime.jar";
    static final String RUNTIME_RESOURCE = "kissdetect/headless.jar";
    private static final long SERVICE_WAIT_MILLIS = 120_000;

    private static EmbeddedRuntime running;

    private final Framework framework;
    private final Path storage;
    private final List<Bundle> started;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new java.util.concurrent.ConcurrentHashMap<>();

    private EmbeddedRuntime(Framework framework, Path storage, List<Bundle> started) {
        this.framework = framework;
        this.storage = storage;
        this.started = started;
    }

    /** The runtime of this JVM, started on first use. */
    public static synchronized EmbeddedRuntime get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "kissdetect-runtime-stop"));
        }
        return running;
    }

    public DetectionService detection() {
        return service(DetectionService.class);
    }

    public Segmenter segmenter() {
        return service(Segmenter.class);
    }

    /** The marker writers installed, by format name. */
    public Map<String, MarkerWriter> markerWriters() {
        service(MarkerWriter.class);
        Map<String, MarkerWriter> writers = new HashMap<>();
        for (Object writer : trackers.get(MarkerWriter.class).getServices()) {
            writers.put(((MarkerWriter) writer).format(), (MarkerWriter) writer);
        }
        return writers;
    }

    /** A service of the runtime, waiting while the bundles start. */
    public <T> T service(Class<T> type) {
        // One tracker a type for the JVM's life: every task asks, and each open tracker is a framework listener.
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) trackers.computeIfAbsent(type, key -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(framework.getBundleContext(), type, null);
            opened.open();
            return opened;
        });
        try {
            T service = tracker.waitForService(SERVICE_WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("the Kiss Detector runtime offers no " + type.getName() + " after "
                        + SERVICE_WAIT_MILLIS / 1000 + " s: a bundle did not start (see the executor's log)");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Kiss Detector runtime started", e);
        }
    }

    private static EmbeddedRuntime start() {
        RuntimeJar jar = RuntimeJar.locate();
        try {
            Path storage = Files.createTempDirectory("kissdetect-osgi-");
            Map<String, String> properties = new HashMap<>(jar.runProperties());
            properties.remove("kissdetect.cli");
            // bnd's launcher makes its run properties system properties too (the log levels are read there).
            properties.forEach((key, value) -> {
                if (System.getProperty(key) == null) {
                    System.setProperty(key, value);
                }
            });
            properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, jar.apiExports());
            Framework framework = ServiceLoader.load(FrameworkFactory.class, EmbeddedRuntime.class.getClassLoader())
                    .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"))
                    .newFramework(properties);
            framework.init();
            List<Bundle> installed = jar.installBundles(framework.getBundleContext());
            framework.start();
            for (Bundle bundle : installed) {
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start();
                }
            }
            return new EmbeddedRuntime(framework, storage, installed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kiss Detector runtime from " + jar.where(), e);
        } catch (BundleException e) {
            throw new IllegalStateException("cannot start the Kiss Detector runtime from " + jar.where() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stops the bundles and deletes the framework's storage (the bundles and their natives, ~300 MB). */
    private void stop() {
        // In the reverse of the start order, so that the OSGi log outlives the Configurator, which would otherwise
        // print its debug lines on standard output.
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).stop();
            } catch (BundleException | IllegalStateException e) {
                // stopping anyway
            }
        }
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException | InterruptedException e) {
            // the JVM is ending either way
        }
        try {
            OutputTransaction.deleteTree(storage);
        } catch (IOException e) {
            // a temporary folder the system cleans
        }
    }

    /** The exported headless runtime: its bundles, their order, its properties and the API bundle's exports. */
    record RuntimeJar(String where, List<String> bundles, Map<String, String> runProperties, String apiExports,
            Opener opener) {

        private static final String API_BUNDLE = "jar/org.kissdetect.api-";
        /** The command line reads the process's arguments; the job is its own command line. */
        private static final String CLI_BUNDLE = "jar/org.kissdetect.cli-";

        interface Opener {
            InputStream open() throws IOException;
        }

        static RuntimeJar locate() {
            String file = System.getProperty(RUNTIME_JAR_PROPERTY);
            if (file != null && !file.isBlank()) {
                Path path = Paths.get(file);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalStateException("the Kiss Detector runtime " + path + " (-D" + RUNTIME_JAR_PROPERTY
                            + ") is missing: build it with 'mvn install -pl features -am'");
                }
                return read(path.toString(), () -> Files.newInputStream(path));
            }
            ClassLoader loader = EmbeddedRuntime.class.getClassLoader();
            if (loader.getResource(RUNTIME_RESOURCE) == null) {
                throw new IllegalStateException("neither -D" + RUNTIME_JAR_PROPERTY + " nor " + RUNTIME_RESOURCE
                        + " in the job jar: build the job jar with 'mvn install -pl features/spark -am'");
            }
            return read("the job jar's " + RUNTIME_RESOURCE, () -> loader.getResourceAsStream(RUNTIME_RESOURCE));
        }

        private static RuntimeJar read(String where, Opener opener) {
            Map<String, String> launcher = new HashMap<>();
            String apiExports = null;
            try (ZipInputStream zip = new ZipInputStream(opener.open())) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                    if (entry.getName().equals("launcher.properties")) {
                        java.util.Properties properties = new java.util.Properties();
                        properties.load(new NonClosing(zip));
                        properties.forEach((key, value) -> launcher.put((String) key, (String) value));
                    } else if (entry.getName().startsWith(API_BUNDLE)) {
                        apiExports = new JarInputStream(new NonClosing(zip)).getManifest().getMainAttributes()
                                .getValue(Constants.EXPORT_PACKAGE);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Kiss Detector runtime " + where, e);
            }
            String bundles = launcher.get("launch.bundles");
            if (bundles == null || apiExports == null) {
                throw new IllegalStateException(where + " is not the exported headless runtime (features/headless.bndrun)");
            }
            Map<String, String> runProperties = new HashMap<>();
            launcher.forEach((key, value) -> {
                if (!key.startsWith("launch.")) {
                    runProperties.put(key, value);
                }
            });
            List<String> order = new ArrayList<>();
            for (String bundle : bundles.split(",")) {
                if (!bundle.startsWith(API_BUNDLE) && !bundle.startsWith(CLI_BUNDLE)) {
                    order.add(bundle.trim());
                }
            }
            return new RuntimeJar(where, List.copyOf(order), Map.copyOf(runProperties), apiExports, opener);
        }

        /** Installs the bundles in the runtime's order, reading the jar once. */
        List<Bundle> installBundles(BundleContext context) throws IOException, BundleException {
            Map<String, Bundle> byEntry = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(opener.open())) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                    if (bundles.contains(entry.getName())) {
                        byEntry.put(entry.getName(), context.installBundle("kissdetect:" + entry.getName(),
                                new NonClosing(zip)));
                    }
                }
            }
            List<Bundle> ordered = new ArrayList<>();
            for (String bundle : bundles) {
                Bundle installed = byEntry.get(bundle);
                if (installed == null) {
                    throw new IllegalStateException(where + " lists " + bundle + " but does not hold it");
                }
                ordered.add(installed);
            }
            return ordered;
        }
    }

    /** Lets a reader close what it reads without closing the archive around it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream goes on to its next entry
        }
    }
}
