package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.reference.editor.internal.MenuOrder.Item;

class MenuOrderTest {

    private static Item item(String label, boolean enabled) {
        Action action = mock(Action.class);
        when(action.label()).thenReturn(label);
        return new Item(action, new Enablement(enabled, enabled ? "" : "select a span first"));
    }

    private static List<List<String>> labels(List<List<Item>> groups) {
        return groups.stream().map(group -> group.stream().map(item -> item.action().label()).toList()).toList();
    }

    private final List<Item> items = List.of(item("Confirm: kissing", true), item("Detect kissing scenes", true),
            item("Label selection as kissing", false), item("Reject: not kissing", true));

    @Test
    void onAMarkerTheEnabledActionsComeFirstInTheirOrderAndTheDisabledAfterASeparator() {
        assertThat(labels(MenuOrder.groups(items, true))).containsExactly(
                List.of("Confirm: kissing", "Detect kissing scenes", "Reject: not kissing"),
                List.of("Label selection as kissing"));
    }

    @Test
    void elsewhereTheContributedOrderStays() {
        assertThat(labels(MenuOrder.groups(items, false))).containsExactly(List.of("Confirm: kissing",
                "Detect kissing scenes", "Label selection as kissing", "Reject: not kissing"));
    }

    @Test
    void noGroupIsEmpty() {
        assertThat(MenuOrder.groups(List.of(item("Detect kissing scenes", true)), true)).hasSize(1);
        assertThat(MenuOrder.groups(List.of(), true)).isEmpty();
        assertThat(MenuOrder.groups(List.of(), false)).isEmpty();
    }
}
