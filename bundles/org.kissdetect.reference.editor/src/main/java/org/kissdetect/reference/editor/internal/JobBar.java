package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;

import org.kissdetect.nle.sdk.job.JobCancelledException;

/**
 * The status bar: the running job's title, progress and a Cancel button; afterwards, how the last job ended. Every
 * ended job's result is kept for the session: "Results" lists them, so a long one (a trained model's held-out
 * figures) stays readable after later jobs have ended.
 */
final class JobBar extends JPanel implements JobRunner.Listener {

    private static final long serialVersionUID = 1L;
    private static final Color FAILURE = new Color(0xc62828);

    private final JLabel status = new JLabel("Ready");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JButton cancel = new JButton("Cancel");
    private final JButton results = new JButton("Results");
    private final List<String> ended = new ArrayList<>();
    private transient RunningJob shown;

    JobBar() {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        progress.setStringPainted(true);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.add(progress);
        right.add(cancel);
        right.add(results);
        results.setEnabled(false);
        results.addActionListener(event -> showResults());
        add(status, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        cancel.addActionListener(event -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        show(List.of());
    }

    @Override
    public void changed(List<RunningJob> running) {
        SwingUtilities.invokeLater(() -> show(running));
    }

    @Override
    public void ended(RunningJob job, Throwable failure) {
        SwingUtilities.invokeLater(() -> {
            String text;
            if (failure == null) {
                text = job.title() + ": done" + (job.message().isEmpty() ? "" : ", " + job.message());
            } else if (failure instanceof JobCancelledException) {
                text = job.title() + ": cancelled, nothing was changed";
            } else {
                text = job.title() + " failed: " + failure.getMessage();
            }
            message(text, failure == null || failure instanceof JobCancelledException ? null : FAILURE);
            ended.add(text);
            results.setEnabled(true);
        });
    }

    /** Shows a message in the status bar, in red for errors (colour {@code null} for the default). */
    void message(String text, Color colour) {
        status.setText(text);
        status.setForeground(colour == null ? getForeground() : colour);
        status.setToolTipText(text);
    }

    private void showResults() {
        JTextArea text = new JTextArea(String.join("\n\n", ended), 16, 80);
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        JOptionPane.showMessageDialog(this, new JScrollPane(text), "Job results", JOptionPane.PLAIN_MESSAGE);
    }

    private void show(List<RunningJob> running) {
        shown = running.isEmpty() ? null : running.get(0);
        progress.setVisible(shown != null);
        cancel.setVisible(shown != null);
        if (shown != null) {
            progress.setValue((int) Math.round(shown.fraction() * 1000));
            progress.setString(Math.round(shown.fraction() * 100) + " %");
            cancel.setEnabled(!shown.isCancelled());
            String more = running.size() > 1 ? " (+" + (running.size() - 1) + " more)" : "";
            message(shown.title() + more + (shown.message().isEmpty() ? "" : ": " + shown.message()), null);
        }
    }
}
