package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.io.File;
import java.util.Locale;

import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * A text field for a folder with a "Choose..." button that opens a folder chooser. Metatype has no folder type,
 * so a string attribute counts as a folder when its ID says so: it ends in {@code Directory}, {@code Folder} or
 * {@code Dir}. The text stays editable: empty often means a default, which a chooser cannot express.
 */
final class FolderField extends JPanel {

    private static final long serialVersionUID = 1L;

    private final JTextField text;

    FolderField(String value) {
        super(new BorderLayout(6, 0));
        text = new JTextField(value, 16);
        JButton choose = new JButton("Choose...");
        choose.addActionListener(event -> choose());
        add(text, BorderLayout.CENTER);
        add(choose, BorderLayout.EAST);
    }

    static boolean isFolder(AttributeDefinition attribute) {
        String id = attribute.getID().toLowerCase(Locale.ROOT);
        return attribute.getType() == AttributeDefinition.STRING
                && (id.endsWith("directory") || id.endsWith("folder") || id.endsWith("dir"));
    }

    JTextField textField() {
        return text;
    }

    String text() {
        return text.getText();
    }

    @Override
    public void setToolTipText(String tip) {
        super.setToolTipText(tip);
        text.setToolTipText(tip);
    }

    private void choose() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Choose a folder");
        File current = text.getText().isBlank() ? null : new File(text.getText().strip());
        if (current != null && current.isDirectory()) {
            chooser.setCurrentDirectory(current.getParentFile());
            chooser.setSelectedFile(current);
        }
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            text.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }
}
