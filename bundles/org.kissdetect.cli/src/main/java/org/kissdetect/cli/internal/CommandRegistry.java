package org.kissdetect.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The commands registered right now. A command that exists but is still starting (configuration arrives
 * asynchronously) is waited for, briefly; one that cannot start is reported with the reason SCR gives.
 */
final class CommandRegistry {

    private final ServiceTracker<Subcommand, Subcommand> tracker;
    private final ServiceComponentRuntime runtime;

    CommandRegistry(BundleContext context, ServiceComponentRuntime runtime) {
        this.runtime = runtime;
        tracker = new ServiceTracker<>(context, Subcommand.class, null);
        tracker.open();
    }

    /**
     * The registered commands, after waiting up to {@code patience} for the named one if its component exists.
     *
     * @throws CommandFailure when the named command exists but did not become available in time
     */
    List<Subcommand> awaitCommand(String name, Duration patience) {
        if (name != null && !name.startsWith("-")) {
            long deadline = System.nanoTime() + patience.toNanos();
            Optional<ComponentDescriptionDTO> component = describe(name);
            while (component.isPresent() && !isRegistered(name)) {
                if (System.nanoTime() > deadline) {
                    throw new CommandFailure(ExitCodes.FAILED,
                            "command '" + name + "' is not available: " + whyUnavailable(component.get()));
                }
                sleepBriefly();
            }
        }
        List<Subcommand> commands = new ArrayList<>();
        for (ServiceReference<Subcommand> reference : references()) {
            Subcommand command = tracker.getService(reference);
            if (command != null) {
                commands.add(command);
            }
        }
        return commands;
    }

    private Optional<ComponentDescriptionDTO> describe(String name) {
        return runtime.getComponentDescriptionDTOs().stream()
                .filter(d -> d.properties != null && name.equals(d.properties.get(Subcommand.NAME))).findFirst();
    }

    private String whyUnavailable(ComponentDescriptionDTO description) {
        List<String> reasons = new ArrayList<>();
        for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
            if (configuration.failure != null) {
                reasons.add(configuration.failure.lines().findFirst().orElse("activation failed"));
            }
            for (var reference : configuration.unsatisfiedReferences) {
                reasons.add("no " + serviceName(description, reference.name) + " service"
                        + (reference.target == null ? "" : " matching " + reference.target));
            }
        }
        return reasons.isEmpty() ? "it did not start" : reasons.stream().collect(Collectors.joining("; "));
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

    private boolean isRegistered(String name) {
        return references().stream().anyMatch(r -> name.equals(r.getProperty(Subcommand.NAME)));
    }

    private List<ServiceReference<Subcommand>> references() {
        ServiceReference<Subcommand>[] references = tracker.getServiceReferences();
        return references == null ? List.of() : List.of(references);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.CANCELLED, "interrupted");
        }
    }

    void close() {
        tracker.close();
    }
}
