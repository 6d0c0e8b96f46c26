package org.kissdetect.bench.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The benchmark components of the framework: named by their component descriptions, so that one still starting
 * (its services arrive asynchronously) is waited for, and one that cannot start is reported with SCR's reason.
 */
final class RegisteredBenchmarks implements Benchmarks {

    private final ServiceComponentRuntime runtime;
    private final ServiceTracker<Benchmark, Benchmark> tracker;
    private final Duration patience;

    RegisteredBenchmarks(BundleContext context, ServiceComponentRuntime runtime, Duration patience) {
        this.runtime = runtime;
        this.patience = patience;
        tracker = new ServiceTracker<>(context, Benchmark.class, null);
        tracker.open();
    }

    @Override
    public SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (description.properties != null && description.properties.get(Benchmark.NAME) instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    @Override
    public Benchmark await(String name) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Optional<Benchmark> found = find(name); ; found = find(name)) {
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new BenchFailure(ExitCodes.FAILED, "benchmark '" + name + "' is not available: "
                        + whyUnavailable(name));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailure(ExitCodes.CANCELLED, "interrupted");
            }
        }
    }

    private Optional<Benchmark> find(String name) {
        ServiceReference<Benchmark>[] references = tracker.getServiceReferences();
        for (ServiceReference<Benchmark> reference : references == null ? List.<ServiceReference<Benchmark>>of()
                : List.of(references)) {
            if (name.equals(reference.getProperty(Benchmark.NAME))) {
                return Optional.ofNullable(tracker.getService(reference));
            }
        }
        return Optional.empty();
    }

    private String whyUnavailable(String name) {
        List<String> reasons = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (description.properties == null || !name.equals(description.properties.get(Benchmark.NAME))) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                if (configuration.failure != null) {
                    reasons.add(configuration.failure.lines().findFirst().orElse("activation failed"));
                }
                for (var reference : configuration.unsatisfiedReferences) {
                    reasons.add("no " + serviceName(description, reference.name) + " service");
                }
            }
        }
        return reasons.isEmpty() ? "it did not start" : String.join("; ", reasons);
    }

    /** Constructor references are named $000, $001...: show the service's interface instead. */
    private static String serviceName(ComponentDescriptionDTO description, String referenceName) {
        for (var reference : description.references) {
            if (reference.name.equals(referenceName)) {
                return reference.interfaceName.substring(reference.interfaceName.lastIndexOf('.') + 1);
            }
        }
        return referenceName;
    }

    void close() {
        tracker.close();
    }
}
