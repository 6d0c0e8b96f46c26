package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Preferences generated from Metatype: one page per configurable PID, stored through Config Admin (which keeps
 * them between runs). Values the definition rejects are not stored; values a component rejects on activation are
 * shown with the component's reason.
 */
final class PreferencesDialog extends JDialog {

    private static final long serialVersionUID = 1L;
    private static final Color ERROR = new Color(0xc62828);

    private final transient ConfigurationAdmin configurationAdmin;
    private final transient ServiceComponentRuntime scr;
    private final JList<PreferencePages.Page> pageList;
    private final List<MetatypeForm> forms = new ArrayList<>();
    private final JLabel message = new JLabel(" ");
    private Timer watch;

    PreferencesDialog(JFrame owner, List<PreferencePages.Page> pages, ConfigurationAdmin configurationAdmin,
            ServiceComponentRuntime scr) throws IOException {
        super(owner, "Preferences", false);
        this.configurationAdmin = configurationAdmin;
        this.scr = scr;
        pageList = new JList<>(pages.toArray(PreferencePages.Page[]::new));
        pageList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        CardLayout cards = new CardLayout();
        JPanel content = new JPanel(cards);
        for (PreferencePages.Page page : pages) {
            Configuration configuration = configurationAdmin.getConfiguration(page.pid(), "?");
            MetatypeForm form = new MetatypeForm(page.form(), configuration.getProperties());
            form.setBorder(BorderFactory.createTitledBorder(page.title()));
            forms.add(form);
            JPanel top = new JPanel(new BorderLayout());
            top.add(form, BorderLayout.NORTH);
            content.add(new JScrollPane(top), page.pid());
        }
        pageList.addListSelectionListener(event -> {
            if (pageList.getSelectedValue() != null) {
                cards.show(content, pageList.getSelectedValue().pid());
                message.setText(" ");
            }
        });
        JButton apply = new JButton("Apply");
        apply.addActionListener(event -> apply());
        JButton close = new JButton("Close");
        close.addActionListener(event -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(apply);
        buttons.add(close);
        JPanel south = new JPanel(new BorderLayout());
        message.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        south.add(message, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        JScrollPane list = new JScrollPane(pageList);
        list.setPreferredSize(new Dimension(220, 300));
        add(list, BorderLayout.WEST);
        add(content, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        if (!pages.isEmpty()) {
            pageList.setSelectedIndex(0);
        }
        setSize(860, 480);
        setLocationRelativeTo(owner);
    }

    private void apply() {
        int index = pageList.getSelectedIndex();
        if (index < 0) {
            return;
        }
        PreferencePages.Page page = pageList.getSelectedValue();
        List<String> errors = new ArrayList<>();
        Dictionary<String, Object> values = forms.get(index).values(errors);
        if (values == null) {
            show("Not saved. " + String.join(" ", errors), ERROR);
            return;
        }
        try {
            configurationAdmin.getConfiguration(page.pid(), "?").update(values);
        } catch (IOException e) {
            show("Not saved: " + e.getMessage(), ERROR);
            return;
        }
        show("Saving...", null);
        watch(page.pid(), Collections.list(values.keys()).stream()
                .collect(Collectors.toMap(k -> k, values::get)));
    }

    /** Configuration reaches components asynchronously: watch SCR for a second or two for their verdict. */
    private void watch(String pid, Map<String, Object> values) {
        if (watch != null) {
            watch.stop();
        }
        int[] ticks = {0};
        watch = new Timer(100, event -> {
            List<String> refused = ComponentFailures.of(scr, pid);
            if (!refused.isEmpty()) {
                show("Refused: " + String.join("; ", refused), ERROR);
                watch.stop();
            } else if (ComponentFailures.took(scr, pid, values) || ++ticks[0] > 30) {
                show("Saved.", null);
                watch.stop();
            }
        });
        watch.start();
    }

    private void show(String text, Color colour) {
        message.setText("<html>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        message.setForeground(colour == null ? getForeground() : colour);
    }

    @Override
    public void dispose() {
        if (watch != null) {
            watch.stop();
        }
        super.dispose();
    }
}
