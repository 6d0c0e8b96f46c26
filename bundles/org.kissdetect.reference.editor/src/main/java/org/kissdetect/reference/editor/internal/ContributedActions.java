package org.kissdetect.reference.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.nle.sdk.action.Action;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The whiteboard of context-menu actions: every {@link Action} service with its {@code nle.menu} property, as
 * long as it is registered. Menus are built from it each time they open, so actions come and go freely.
 */
@Component(service = ContributedActions.class)
public final class ContributedActions {

    private final Map<Action, Map<String, Object>> actions = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAction(Action action, Map<String, Object> properties) {
        actions.put(action, properties);
    }

    void removeAction(Action action) {
        actions.remove(action);
    }

    /** The actions of a menu ({@code "media"} or {@code "clip"}): highest {@code service.ranking} first, then by label. */
    List<Action> forMenu(String menu) {
        List<Map.Entry<Action, Map<String, Object>>> matching = new ArrayList<>();
        actions.entrySet().stream().filter(e -> menus(e.getValue()).contains(menu)).forEach(matching::add);
        matching.sort(Comparator.comparingInt((Map.Entry<Action, Map<String, Object>> e) -> -ranking(e.getValue()))
                .thenComparing(e -> e.getKey().label()));
        return matching.stream().map(Map.Entry::getKey).toList();
    }

    private static List<String> menus(Map<String, Object> properties) {
        Object value = properties.get("nle.menu");
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof String[] several) {
            return List.of(several);
        }
        return List.of();
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }
}
