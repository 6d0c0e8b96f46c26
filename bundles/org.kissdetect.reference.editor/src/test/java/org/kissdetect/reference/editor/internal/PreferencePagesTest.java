package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.preferences.PreferencePage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

class PreferencePagesTest {

    private final BundleContext context = mock(BundleContext.class);
    private final MetaTypeService metaType = mock(MetaTypeService.class);
    private final Bundle plugin = mock(Bundle.class);
    private final Bundle segmenter = mock(Bundle.class);
    private final Bundle scr = mock(Bundle.class);
    private final ObjectClassDefinition markers = mock(ObjectClassDefinition.class);
    private final ObjectClassDefinition scenes = mock(ObjectClassDefinition.class);
    private final ObjectClassDefinition scrLogLevel = mock(ObjectClassDefinition.class);

    @Test
    void onlyContributedPagesAreShownHighestRankingFirstWithTheOwnersFormForAnotherBundlesPid() throws Exception {
        describe(plugin, "org.kissdetect.editor.markers", markers);
        describe(segmenter, "org.kissdetect.segment", scenes);
        describe(scr, "org.apache.felix.scr.ScrService", scrLogLevel);
        when(context.getBundles()).thenReturn(new Bundle[] {scr, segmenter, plugin});
        ServiceReference<PreferencePage> markersPage = page("org.kissdetect.editor.markers", "Markers", 1);
        ServiceReference<PreferencePage> scenesPage = page("org.kissdetect.segment", "Scenes", 2);
        when(context.getServiceReferences(PreferencePage.class, null)).thenReturn(List.of(markersPage, scenesPage));

        List<PreferencePages.Page> pages = PreferencePages.find(context, metaType);

        assertThat(pages).extracting(PreferencePages.Page::title).containsExactly("Scenes", "Markers");
        assertThat(pages).extracting(PreferencePages.Page::form).containsExactly(scenes, markers);
    }

    @Test
    void aPageWhosePidNoBundleDescribesIsLeftOut() throws Exception {
        describe(plugin, "org.kissdetect.editor.markers", markers);
        when(context.getBundles()).thenReturn(new Bundle[] {plugin});
        ServiceReference<PreferencePage> undescribed = page("org.kissdetect.nothing", "Nothing", 0);
        when(context.getServiceReferences(PreferencePage.class, null)).thenReturn(List.of(undescribed));

        assertThat(PreferencePages.find(context, metaType)).isEmpty();
    }

    private void describe(Bundle bundle, String pid, ObjectClassDefinition form) {
        MetaTypeInformation information = mock(MetaTypeInformation.class);
        when(information.getPids()).thenReturn(new String[] {pid});
        when(information.getObjectClassDefinition(pid, null)).thenReturn(form);
        when(metaType.getMetaTypeInformation(bundle)).thenReturn(information);
    }

    /** A page service from the plugin; references order by ranking, as the framework's do. */
    @SuppressWarnings("unchecked")
    private ServiceReference<PreferencePage> page(String pid, String title, int ranking) {
        ServiceReference<PreferencePage> reference = mock(ServiceReference.class);
        when(reference.getBundle()).thenReturn(plugin);
        when(reference.getProperty("service.ranking")).thenReturn(ranking);
        when(reference.compareTo(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> Integer.compare(ranking,
                (Integer) ((ServiceReference<?>) call.getArgument(0)).getProperty("service.ranking")));
        PreferencePage page = mock(PreferencePage.class);
        when(page.pid()).thenReturn(pid);
        when(page.title()).thenReturn(title);
        when(context.getService(reference)).thenReturn(page);
        return reference;
    }
}
