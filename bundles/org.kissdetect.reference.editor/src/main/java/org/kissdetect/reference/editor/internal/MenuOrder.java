package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.stream.Stream;

import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.Enablement;

/**
 * The order of a context menu's actions. A menu opened on a marker offers what applies to it first: the enabled
 * actions, then, after a separator, the disabled ones (whose reasons stay as tooltips). Other menus keep the
 * contributed order in one group.
 */
final class MenuOrder {

    /** An action and whether it can run in the menu's context. */
    record Item(Action action, Enablement enablement) {
    }

    private MenuOrder() {
    }

    /** @return the items of {@link #groups} one after the other: where enabled meets disabled, a separator goes */
    static List<Item> ordered(List<Item> items, boolean onMarker) {
        return groups(items, onMarker).stream().flatMap(List::stream).toList();
    }

    /**
     * @param items    the actions in the contributed order, with their enablement
     * @param onMarker whether the menu was opened on a marker
     * @return the groups to show, in order, with a separator between two groups; no group is empty
     */
    static List<List<Item>> groups(List<Item> items, boolean onMarker) {
        if (!onMarker) {
            return items.isEmpty() ? List.of() : List.of(items);
        }
        List<Item> enabled = items.stream().filter(item -> item.enablement().enabled()).toList();
        List<Item> disabled = items.stream().filter(item -> !item.enablement().enabled()).toList();
        return Stream.of(enabled, disabled).filter(group -> !group.isEmpty()).toList();
    }
}
