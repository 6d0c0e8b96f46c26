import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks what the exported runtimes hold (java ShippedRuntimes.java features/target, run by the build after the
 * export): the shipped ones, headless.jar and editor.jar, must hold no benchmark and no test-only media, that is no
 * bundle org.kissdetect.bench or org.kissdetect.testmedia and no class of ours named *Benchmark; and bench.jar must
 * hold the bench bundle, so that a check that cannot see inside the runtimes fails instead of passing. In every
 * runtime the OSGi log starts before the Configurator: until a log service exists, the Configurator writes its
 * debug lines to standard output, which is where the command line's results go.
 */
public final class ShippedRuntimes {

    private static final Set<String> TOOL_BUNDLES = Set.of("org.kissdetect.bench", "org.kissdetect.testmedia");

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "features/target");
        List<String> problems = new ArrayList<>();
        for (String shipped : List.of("headless.jar", "editor.jar")) {
            List<String> bundles = new ArrayList<>();
            List<String> findings = toolsIn(target.resolve(shipped), bundles);
            findings.forEach(finding -> problems.add(shipped + " holds " + finding));
            if (findings.isEmpty()) {
                System.out.println(shipped + ": " + bundles.size() + " bundles, no benchmark, no test media");
            }
        }
        for (String runtime : List.of("headless.jar", "editor.jar", "bench.jar")) {
            logBeforeConfigurator(target.resolve(runtime)).ifPresent(problem -> problems.add(runtime + ": " + problem));
        }
        List<String> benchBundles = new ArrayList<>();
        toolsIn(target.resolve("bench.jar"), benchBundles);
        if (!benchBundles.contains("org.kissdetect.bench")) {
            problems.add("bench.jar holds no org.kissdetect.bench among " + benchBundles
                    + ": this check cannot see the bundles of a runtime");
        }
        problems.forEach(problem -> System.out.println("FAILED  " + problem));
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    /** Whether the launcher starts the OSGi log before the Configurator, from its {@code launch.bundles} order. */
    private static Optional<String> logBeforeConfigurator(Path runtime) throws IOException {
        try (ZipInputStream jar = new ZipInputStream(Files.newInputStream(runtime))) {
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                if (entry.getName().equals("launcher.properties")) {
                    Properties launcher = new Properties();
                    launcher.load(new ByteArrayInputStream(jar.readAllBytes()));
                    List<String> order = List.of(launcher.getProperty("launch.bundles", "").split(","));
                    int log = indexOf(order, "org.apache.felix.log-");
                    int configurator = indexOf(order, "org.apache.felix.configurator-");
                    if (log < 0 || configurator < 0 || log > configurator) {
                        return Optional.of("the OSGi log (at " + log + ") must start before the Configurator (at "
                                + configurator + "): set -runstartlevel: order=leastdependenciesfirst");
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.of("no launcher.properties");
    }

    private static int indexOf(List<String> bundles, String prefix) {
        for (int i = 0; i < bundles.size(); i++) {
            if (bundles.get(i).startsWith("jar/" + prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The tool bundles and benchmark classes in an exported runtime; {@code bundles} gets every bundle's name. */
    private static List<String> toolsIn(Path runtime, List<String> bundles) throws IOException {
        if (!Files.isRegularFile(runtime)) {
            throw new IOException(runtime + " does not exist: export the runtimes first");
        }
        List<String> findings = new ArrayList<>();
        try (ZipInputStream jar = new ZipInputStream(Files.newInputStream(runtime))) {
            for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                if (entry.getName().startsWith("jar/") && entry.getName().endsWith(".jar")) {
                    inspect(new ByteArrayInputStream(jar.readAllBytes()), entry.getName(), bundles, findings);
                }
            }
        }
        return findings;
    }

    private static void inspect(InputStream bytes, String name, List<String> bundles, List<String> findings)
            throws IOException {
        try (JarInputStream bundle = new JarInputStream(bytes)) {
            Manifest manifest = bundle.getManifest();
            String symbolicName = manifest == null ? name
                    : String.valueOf(manifest.getMainAttributes().getValue("Bundle-SymbolicName")).split(";")[0].trim();
            bundles.add(symbolicName);
            if (TOOL_BUNDLES.contains(symbolicName)) {
                findings.add("the bundle " + symbolicName);
            }
            for (ZipEntry entry = bundle.getNextJarEntry(); entry != null; entry = bundle.getNextJarEntry()) {
                String path = entry.getName();
                if (path.startsWith("org/kissdetect/") && path.matches(".*/[^/$]*Benchmarks?(\\$[^/]*)?\\.class")) {
                    findings.add("the class " + path + " (in " + symbolicName + ")");
                }
            }
        }
    }
}
