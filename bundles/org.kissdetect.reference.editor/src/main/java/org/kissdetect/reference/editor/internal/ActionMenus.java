package org.kissdetect.reference.editor.internal;

import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;

/**
 * Context menus built from the contributed actions when they open: an enabled item per enabled action, a
 * disabled one with the action's reason (as tooltip) otherwise. An action that throws is reported, not fatal.
 */
final class ActionMenus {

    private final ContributedActions actions;
    private final Consumer<String> errors;

    ActionMenus(ContributedActions actions, Consumer<String> errors) {
        this.actions = actions;
        this.errors = errors;
    }

    void show(Component invoker, int x, int y, String menu, ActionContext context) {
        JPopupMenu popup = new JPopupMenu();
        List<Action> contributed = actions.forMenu(menu);
        if (contributed.isEmpty()) {
            JMenuItem none = new JMenuItem("No actions contributed");
            none.setEnabled(false);
            popup.add(none);
        }
        List<MenuOrder.Item> items = contributed.stream()
                .map(action -> new MenuOrder.Item(action, enablement(action, context))).toList();
        for (List<MenuOrder.Item> group : MenuOrder.groups(items, context.marker() != null)) {
            if (popup.getComponentCount() > 0) {
                popup.addSeparator();
            }
            for (MenuOrder.Item entry : group) {
                Action action = entry.action();
                JMenuItem item = new JMenuItem(action.label());
                item.setEnabled(entry.enablement().enabled());
                if (!entry.enablement().enabled()) {
                    item.setToolTipText(entry.enablement().reason());
                }
                item.addActionListener(event -> execute(action, context));
                popup.add(item);
            }
        }
        popup.show(invoker, x, y);
    }

    private Enablement enablement(Action action, ActionContext context) {
        try {
            return action.enablement(context);
        } catch (RuntimeException e) {
            return new Enablement(false, action.label() + " failed to say whether it can run: " + e.getMessage());
        }
    }

    private void execute(Action action, ActionContext context) {
        try {
            if (action.enablement(context).enabled()) {
                action.execute(context);
            }
        } catch (RuntimeException e) {
            errors.accept(action.label() + " failed: " + e.getMessage());
        }
    }
}
