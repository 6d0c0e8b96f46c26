package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JTextField;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class MetatypeFormTest {

    private final AttributeDefinition threshold = attribute("threshold", "Probability threshold", AttributeDefinition.DOUBLE, "0.5");
    private final AttributeDefinition colour = attribute("markerColour", "Marker colour", AttributeDefinition.STRING, "red");
    private final ObjectClassDefinition definition = mock(ObjectClassDefinition.class);

    MetatypeFormTest() {
        when(colour.getOptionValues()).thenReturn(new String[] {"red", "cyan"});
        when(colour.getOptionLabels()).thenReturn(new String[] {"Red", "Cyan"});
        when(definition.getAttributeDefinitions(ObjectClassDefinition.ALL)).thenReturn(new AttributeDefinition[] {threshold, colour});
    }

    private static AttributeDefinition attribute(String id, String name, int type, String value) {
        AttributeDefinition attribute = mock(AttributeDefinition.class);
        when(attribute.getID()).thenReturn(id);
        when(attribute.getName()).thenReturn(name);
        when(attribute.getType()).thenReturn(type);
        when(attribute.getDefaultValue()).thenReturn(new String[] {value});
        when(attribute.validate(anyString())).thenReturn("");
        return attribute;
    }

    @Test
    void startsFromTheConfigurationAndHandsOutTypedValues() {
        Dictionary<String, Object> current = new Hashtable<>();
        current.put("threshold", 0.8);
        MetatypeForm form = new MetatypeForm(definition, current);
        ((JComboBox<?>) field(form, "markerColour")).setSelectedIndex(1);

        Dictionary<String, Object> values = form.values(new ArrayList<>());

        assertThat(values.get("threshold")).isEqualTo(0.8);
        assertThat(values.get("markerColour")).isEqualTo("cyan");
    }

    @Test
    void aValueTheDefinitionRejectsIsNamedAndNothingIsHandedOut() {
        MetatypeForm form = new MetatypeForm(definition, null);
        ((JTextField) field(form, "threshold")).setText("1.5");
        when(threshold.validate("1.5")).thenReturn("%greater than maximum");
        List<String> errors = new ArrayList<>();

        assertThat(form.values(errors)).isNull();
        assertThat(errors).containsExactly("Probability threshold: greater than maximum (1.5)");
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        MetatypeForm form = new MetatypeForm(definition, null);
        ((JTextField) field(form, "threshold")).setText("half");
        List<String> errors = new ArrayList<>();

        assertThat(form.values(errors)).isNull();
        assertThat(errors).containsExactly("Probability threshold: not a number (half)");
    }

    @Test
    void aFolderGetsAFolderChooserAndItsTextIsHandedOut() {
        AttributeDefinition folder = attribute("modelDirectory", "Model directory", AttributeDefinition.STRING, "");
        AttributeDefinition name = attribute("markerName", "Marker name", AttributeDefinition.STRING, "Kissing scene");
        when(definition.getAttributeDefinitions(ObjectClassDefinition.ALL)).thenReturn(new AttributeDefinition[] {folder, name});
        MetatypeForm form = new MetatypeForm(definition, null);

        assertThat(field(form, "modelDirectory")).isInstanceOf(FolderField.class);
        assertThat(field(form, "markerName")).isInstanceOf(JTextField.class);
        ((FolderField) field(form, "modelDirectory")).textField().setText(" /models/kiss ");
        assertThat(form.values(new ArrayList<>()).get("modelDirectory")).isEqualTo("/models/kiss");
    }

    private static java.awt.Component field(MetatypeForm form, String id) {
        for (java.awt.Component component : form.getComponents()) {
            if (id.equals(component.getName())) {
                return component;
            }
        }
        throw new AssertionError("no field " + id);
    }
}
