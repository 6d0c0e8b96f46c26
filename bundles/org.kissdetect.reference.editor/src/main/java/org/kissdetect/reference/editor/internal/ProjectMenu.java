package org.kissdetect.reference.editor.internal;

import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.JMenu;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

import org.kissdetect.nle.sdk.action.ActionContext;

/**
 * The Project menu: the actions plugins contribute to the {@code project} menu, on the whole project (all its media,
 * no clips), built each time it opens so that their enablement is current.
 */
final class ProjectMenu extends JMenu {

    private static final long serialVersionUID = 1L;

    ProjectMenu(ProjectModel project, ActionMenus menus) {
        super("Project");
        setMnemonic(KeyEvent.VK_P);
        addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent event) {
                removeAll();
                menus.items("project", new ActionContext(project, project.media(), List.of())).forEach(
                        ProjectMenu.this::add);
            }

            @Override
            public void menuDeselected(MenuEvent event) {
                // the items stay until the menu opens again
            }

            @Override
            public void menuCanceled(MenuEvent event) {
                // as deselected
            }
        });
    }
}
