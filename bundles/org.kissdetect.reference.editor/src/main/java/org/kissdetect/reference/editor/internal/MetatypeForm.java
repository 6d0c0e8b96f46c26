package org.kissdetect.reference.editor.internal;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * A form generated from a Metatype definition: a check box for a boolean, a list for an attribute with options,
 * a text field with a folder chooser for a folder ({@link FolderField#isFolder}), a text field otherwise; each
 * described by the attribute's description as tooltip. Values are checked against
 * the definition (type, minimum, maximum, options) before they are handed out.
 */
final class MetatypeForm extends JPanel {

    private static final long serialVersionUID = 1L;

    private final transient Map<AttributeDefinition, JComponent> fields = new LinkedHashMap<>();

    MetatypeForm(ObjectClassDefinition definition, Dictionary<String, Object> current) {
        super(new GridBagLayout());
        GridBagConstraints at = new GridBagConstraints();
        at.insets = new Insets(4, 6, 4, 6);
        at.anchor = GridBagConstraints.WEST;
        at.gridy = 0;
        for (AttributeDefinition attribute : definition.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            Object value = current == null ? null : current.get(attribute.getID());
            String text = value != null ? String.valueOf(value)
                    : attribute.getDefaultValue() == null ? "" : String.join(",", attribute.getDefaultValue());
            JComponent field = field(attribute, text);
            field.setName(attribute.getID());
            field.setToolTipText(attribute.getDescription());
            JLabel label = new JLabel(attribute.getName());
            label.setToolTipText(attribute.getDescription());
            label.setLabelFor(field);
            at.gridx = 0;
            at.fill = GridBagConstraints.NONE;
            at.weightx = 0;
            add(label, at);
            at.gridx = 1;
            at.fill = GridBagConstraints.HORIZONTAL;
            at.weightx = 1;
            add(field, at);
            at.gridy++;
            fields.put(attribute, field);
        }
    }

    private static JComponent field(AttributeDefinition attribute, String text) {
        if (attribute.getType() == AttributeDefinition.BOOLEAN) {
            return new JCheckBox("", Boolean.parseBoolean(text));
        }
        if (attribute.getOptionValues() != null && attribute.getOptionValues().length > 0) {
            JComboBox<String> choice = new JComboBox<>(attribute.getOptionLabels());
            int index = Arrays.asList(attribute.getOptionValues()).indexOf(text);
            choice.setSelectedIndex(Math.max(0, index));
            return choice;
        }
        if (FolderField.isFolder(attribute)) {
            return new FolderField(text);
        }
        return new JTextField(text, 16);
    }

    /**
     * The form's values as configuration properties, or none when one is invalid.
     *
     * @param errors receives one sentence per invalid value, naming the attribute
     */
    Dictionary<String, Object> values(List<String> errors) {
        Dictionary<String, Object> values = new Hashtable<>();
        for (Map.Entry<AttributeDefinition, JComponent> entry : fields.entrySet()) {
            AttributeDefinition attribute = entry.getKey();
            String text = text(attribute, entry.getValue());
            String problem = attribute.validate(text);
            if (problem != null && !problem.isEmpty()) {
                errors.add(attribute.getName() + ": " + problem.replace("%", "") + " (" + text + ")");
                continue;
            }
            try {
                values.put(attribute.getID(), convert(attribute.getType(), text));
            } catch (NumberFormatException e) {
                errors.add(attribute.getName() + ": not a number (" + text + ")");
            }
        }
        return errors.isEmpty() ? values : null;
    }

    private static String text(AttributeDefinition attribute, JComponent field) {
        if (field instanceof JCheckBox box) {
            return Boolean.toString(box.isSelected());
        }
        if (field instanceof JComboBox<?> choice) {
            return attribute.getOptionValues()[choice.getSelectedIndex()];
        }
        if (field instanceof FolderField folder) {
            return folder.text().strip();
        }
        return ((JTextField) field).getText().strip();
    }

    private static Object convert(int type, String text) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> Integer.valueOf(text);
            case AttributeDefinition.LONG -> Long.valueOf(text);
            case AttributeDefinition.DOUBLE -> Double.valueOf(text);
            case AttributeDefinition.FLOAT -> Float.valueOf(text);
            case AttributeDefinition.BOOLEAN -> Boolean.valueOf(text);
            default -> text;
        };
    }
}
