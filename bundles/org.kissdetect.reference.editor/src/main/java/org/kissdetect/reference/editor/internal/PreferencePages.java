package org.kissdetect.reference.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.nle.sdk.preferences.PreferencePage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The pages of the Preferences dialog: the contributed {@link PreferencePage}s, highest service ranking first,
 * and nothing else. Every bundle may describe its settings with Metatype (the SCR log level, native caches,
 * thread counts), but an editor sees only what a plugin chose to show it. A page's form is the Metatype of its
 * PID in the contributing bundle, or in the bundle that owns the PID when the page shows another bundle's
 * settings (the segmenter's scenes, say).
 */
final class PreferencePages {

    /** A page: the PID it edits, its title and the Metatype definition of its form. */
    record Page(String pid, String title, ObjectClassDefinition form) {
        @Override
        public String toString() {
            return title;
        }
    }

    private PreferencePages() {
    }

    static List<Page> find(BundleContext context, MetaTypeService metaType) {
        List<ServiceReference<PreferencePage>> references;
        try {
            references = new ArrayList<>(context.getServiceReferences(PreferencePage.class, null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        references.sort(Comparator.<ServiceReference<PreferencePage>>naturalOrder().reversed());
        Map<String, Page> pages = new LinkedHashMap<>();
        for (ServiceReference<PreferencePage> reference : references) {
            PreferencePage page = context.getService(reference);
            if (page == null) {
                continue;
            }
            try {
                ObjectClassDefinition form = form(metaType, reference.getBundle(), page.pid(),
                        List.of(context.getBundles()));
                if (form != null && !pages.containsKey(page.pid())) {
                    pages.put(page.pid(), new Page(page.pid(), page.title(), form));
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return List.copyOf(pages.values());
    }

    private static ObjectClassDefinition form(MetaTypeService metaType, Bundle contributor, String pid,
            Collection<Bundle> bundles) {
        ObjectClassDefinition own = contributor == null ? null : form(metaType, contributor, pid);
        if (own != null) {
            return own;
        }
        return bundles.stream().map(bundle -> form(metaType, bundle, pid)).filter(f -> f != null).findFirst()
                .orElse(null);
    }

    private static ObjectClassDefinition form(MetaTypeService metaType, Bundle bundle, String pid) {
        MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
        if (information == null || !List.of(information.getPids()).contains(pid)) {
            return null;
        }
        return information.getObjectClassDefinition(pid, null);
    }
}
