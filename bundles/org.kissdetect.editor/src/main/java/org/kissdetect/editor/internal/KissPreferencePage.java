package org.kissdetect.editor.internal;

import org.kissdetect.nle.sdk.preferences.PreferencePage;
import org.osgi.service.component.annotations.Component;

/**
 * Tells hosts that {@value EditorPreferences#PID} is a preference page. Separate from {@link EditorPreferences}
 * so that the page stays offered while the stored preferences are invalid: that is when the user needs it.
 */
@Component(service = PreferencePage.class)
public final class KissPreferencePage implements PreferencePage {

    @Override
    public String pid() {
        return EditorPreferences.PID;
    }

    @Override
    public String title() {
        return "Kiss Detector";
    }
}
