package org.kissdetect.editor.internal;

import org.kissdetect.nle.sdk.preferences.PreferencePage;
import org.osgi.service.component.annotations.Component;

/**
 * The preference pages the plugin offers an editor, in the order a host lists them. They are separate from
 * {@link EditorPreferences} so that they stay offered while the stored preferences are invalid: that is when the
 * user needs them. Settings that only matter to the pipeline's internals (threads, native caches) get no page.
 */
final class EditorPreferencePages {

    /** The PID segmentation settings belong to: the segmenter owns them, the plugin reads its service. */
    static final String SCENES_PID = "org.kissdetect.segment";

    private EditorPreferencePages() {
    }

    @Component(service = PreferencePage.class, property = "service.ranking:Integer=40")
    public static final class Detection implements PreferencePage {
        @Override
        public String pid() {
            return EditorPreferences.PID;
        }

        @Override
        public String title() {
            return "Detection";
        }
    }

    @Component(service = PreferencePage.class, property = "service.ranking:Integer=30")
    public static final class Scenes implements PreferencePage {
        @Override
        public String pid() {
            return SCENES_PID;
        }

        @Override
        public String title() {
            return "Scenes";
        }
    }

    @Component(service = PreferencePage.class, property = "service.ranking:Integer=20")
    public static final class Markers implements PreferencePage {
        @Override
        public String pid() {
            return EditorPreferences.MARKERS_PID;
        }

        @Override
        public String title() {
            return "Markers";
        }
    }

    @Component(service = PreferencePage.class, property = "service.ranking:Integer=10")
    public static final class Model implements PreferencePage {
        @Override
        public String pid() {
            return EditorPreferences.MODEL_PID;
        }

        @Override
        public String title() {
            return "Model";
        }
    }

    @Component(service = PreferencePage.class, property = "service.ranking:Integer=5")
    public static final class Teaching implements PreferencePage {
        @Override
        public String pid() {
            return TeachingSettings.PID;
        }

        @Override
        public String title() {
            return "Teaching";
        }
    }
}
