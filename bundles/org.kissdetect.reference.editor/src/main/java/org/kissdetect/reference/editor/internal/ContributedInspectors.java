package org.kissdetect.reference.editor.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The whiteboard of marker inspectors: every {@link MarkerInspector} service, as long as it is registered. The
 * inspector panel asks it each time the playhead lands on a marker, so inspectors come and go freely.
 */
@Component(service = ContributedInspectors.class)
public final class ContributedInspectors {

    private final Map<MarkerInspector, Integer> inspectors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addInspector(MarkerInspector inspector, Map<String, Object> properties) {
        inspectors.put(inspector,
                properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0);
    }

    void removeInspector(MarkerInspector inspector) {
        inspectors.remove(inspector);
    }

    /**
     * The inspector for a marker: of those that inspect it, the highest {@code service.ranking}, then the first id.
     * An inspector whose {@link MarkerInspector#inspects} throws is taken not to inspect the marker.
     */
    Optional<MarkerInspector> forMarker(Marker marker) {
        return inspectors.entrySet().stream().filter(entry -> inspects(entry.getKey(), marker))
                .sorted(Comparator.comparingInt((Map.Entry<MarkerInspector, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().id()))
                .map(Map.Entry::getKey).findFirst();
    }

    private static boolean inspects(MarkerInspector inspector, Marker marker) {
        try {
            return inspector.inspects(marker);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
