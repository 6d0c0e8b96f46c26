package org.kissdetect.reference.editor.internal;

import java.awt.Component;
import java.util.ArrayList;
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
        List<JMenuItem> items = items(menu, context);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0 && context.marker() != null && items.get(i - 1).isEnabled() && !items.get(i).isEnabled()) {
                popup.addSeparator();
            }
            popup.add(items.get(i));
        }
        popup.show(invoker, x, y);
    }

    /** The items of a menu for a context, built now: the actions' enablement is asked afresh. */
    List<JMenuItem> items(String menu, ActionContext context) {
        List<JMenuItem> items = new ArrayList<>();
        List<Action> contributed = actions.forMenu(menu);
        if (contributed.isEmpty()) {
            JMenuItem none = new JMenuItem("No actions contributed");
            none.setEnabled(false);
            items.add(none);
        }
        List<MenuOrder.Item> ordered = MenuOrder.ordered(contributed.stream()
                .map(action -> new MenuOrder.Item(action, enablement(action, context))).toList(),
                context.marker() != null);
        for (MenuOrder.Item entry : ordered) {
            Action action = entry.action();
            JMenuItem item = new JMenuItem(action.label());
            item.setEnabled(entry.enablement().enabled());
            if (!entry.enablement().enabled()) {
                item.setToolTipText(entry.enablement().reason());
            }
            item.addActionListener(event -> execute(action, context));
            items.add(item);
        }
        return items;
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
