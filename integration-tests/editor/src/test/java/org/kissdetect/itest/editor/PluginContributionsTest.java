package org.kissdetect.itest.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.event.MediaImportListener;
import org.kissdetect.nle.sdk.preferences.PreferencePage;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectService;

/** What a host sees of the plugin: its contributions, and how they follow the services and preferences. */
class PluginContributionsTest extends PluginHost {

    @Test
    void thePluginsContributionsAreDiscovered(@InjectService MetaTypeService metaType) throws Exception {
        Action action = action();
        ServiceReference<Action> reference = actionReference(DETECT);
        assertThat((String[]) reference.getProperty("nle.menu")).containsExactlyInAnyOrder("media", "clip");
        for (String labelling : List.of("label-kissing", "label-not-kissing", "confirm-scene", "reject-scene")) {
            assertThat(actionReference("org.kissdetect.editor." + labelling).getProperty("nle.menu"))
                    .as("%s in the clip menu", labelling).isEqualTo("clip");
        }
        assertThat((String[]) actionReference("org.kissdetect.editor.review-uncertain").getProperty("nle.menu"))
                .containsExactlyInAnyOrder("media", "clip");
        assertThat(actionReference("org.kissdetect.editor.train-from-labels").getProperty("nle.menu"))
                .as("training is a project-level action").isEqualTo("project");
        assertThat(action.id()).isEqualTo("org.kissdetect.editor.detect");
        assertThat(action.label()).isEqualTo("Detect kissing scenes");

        ServiceReference<MediaImportListener> listener = context.getServiceReference(MediaImportListener.class);
        assertThat(listener.getBundle().getSymbolicName()).isEqualTo("org.kissdetect.editor");

        Map<String, ObjectClassDefinition> pages = new LinkedHashMap<>();
        for (ServiceReference<PreferencePage> page : context.getServiceReferences(PreferencePage.class, null)) {
            assertThat(page.getBundle().getSymbolicName()).isEqualTo("org.kissdetect.editor");
            String pid = context.getService(page).pid();
            pages.put(pid, form(metaType, pid));
        }
        assertThat(pages).containsOnlyKeys(PID, SCENES_PID, MARKERS_PID, MODEL_PID, TEACHING_PID);
        assertThat(attributes(pages.get(PID))).containsExactly("autoDetect");
        assertThat(attributes(pages.get(SCENES_PID))).containsExactlyInAnyOrder("minSeconds", "minFraction", "threshold");
        assertThat(attributes(pages.get(MARKERS_PID))).containsExactly("markerName", "markerColour");
        assertThat(attributes(pages.get(MODEL_PID))).containsExactly("modelDirectory");
        assertThat(attributes(pages.get(TEACHING_PID))).containsExactly("modelsFolder", "backbonesFolder",
                "wholeNetwork", "epochs");
        AttributeDefinition colour = Arrays.stream(pages.get(MARKERS_PID).getAttributeDefinitions(ObjectClassDefinition.ALL))
                .filter(ad -> ad.getID().equals("markerColour")).findFirst().orElseThrow();
        assertThat(colour.getOptionValues()).containsExactly("red", "orange", "yellow", "green", "cyan", "blue",
                "purple", "pink", "white");
    }

    /** The page's form as a host finds it: the Metatype of whichever bundle describes the PID. */
    private ObjectClassDefinition form(MetaTypeService metaType, String pid) {
        return Arrays.stream(context.getBundles()).map(metaType::getMetaTypeInformation)
                .filter(info -> info != null && Arrays.asList(info.getPids()).contains(pid))
                .map(info -> info.getObjectClassDefinition(pid, null)).findFirst()
                .orElseThrow(() -> new AssertionError("no Metatype describes " + pid));
    }

    private static List<String> attributes(ObjectClassDefinition form) {
        return Arrays.stream(form.getAttributeDefinitions(ObjectClassDefinition.ALL)).map(AttributeDefinition::getID)
                .toList();
    }

    @Test
    void stoppingTheDetectionBundleDisablesTheActionAndStartingItEnablesIt() throws Exception {
        Action action = action();
        ActionContext onTheMovie = new ActionContext(project, List.of(project.add(movie)), List.of());
        assertThat(action.enablement(onTheMovie).enabled()).isTrue();
        Bundle detection = context.getServiceReference(DetectionService.class).getBundle();

        detection.stop();
        try {
            Enablement disabled = Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie))
                    .filter(e -> !e.enabled()));
            assertThat(disabled.reason()).contains("detection service is not running");
            assertThat(action()).as("the action stays offered, disabled").isSameAs(action);
        } finally {
            detection.start();
        }
        Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie)).filter(Enablement::enabled));
    }

    @Test
    void invalidPreferencesDisableTheActionWithAReason() throws Exception {
        Action action = action();
        ActionContext onTheMovie = new ActionContext(project, List.of(project.add(movie)), List.of());

        configure(MARKERS_PID, "markerColour", "mauve");

        Enablement disabled = Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie))
                .filter(e -> !e.enabled()));
        assertThat(disabled.reason()).contains("preferences are invalid");
    }
}
