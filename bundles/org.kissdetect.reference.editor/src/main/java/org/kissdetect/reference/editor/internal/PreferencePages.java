package org.kissdetect.reference.editor.internal;

import java.util.ArrayList;
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
 * The pages of the Preferences dialog: first the contributed {@link PreferencePage}s, then every other
 * configuration PID that some bundle describes with Metatype, each with its form's definition.
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
        Map<String, Page> pages = new LinkedHashMap<>();
        try {
            for (ServiceReference<PreferencePage> reference : context.getServiceReferences(PreferencePage.class, null)) {
                PreferencePage page = context.getService(reference);
                if (page == null) {
                    continue;
                }
                try {
                    ObjectClassDefinition form = form(metaType, reference.getBundle(), page.pid());
                    if (form != null) {
                        pages.put(page.pid(), new Page(page.pid(), page.title(), form));
                    }
                } finally {
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Page> others = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            for (String pid : information.getPids()) {
                if (!pages.containsKey(pid)) {
                    ObjectClassDefinition form = information.getObjectClassDefinition(pid, null);
                    others.add(new Page(pid, form.getName(), form));
                }
            }
        }
        others.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
        List<Page> all = new ArrayList<>(pages.values());
        others.stream().filter(p -> !pages.containsKey(p.pid())).forEach(all::add);
        return all;
    }

    private static ObjectClassDefinition form(MetaTypeService metaType, Bundle bundle, String pid) {
        MetaTypeInformation information = bundle == null ? null : metaType.getMetaTypeInformation(bundle);
        if (information == null || !List.of(information.getPids()).contains(pid)) {
            return null;
        }
        return information.getObjectClassDefinition(pid, null);
    }
}
