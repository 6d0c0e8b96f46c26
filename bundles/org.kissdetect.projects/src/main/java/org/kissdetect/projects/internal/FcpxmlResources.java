package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Element;

/** An FCPXML document's resources (formats, assets, effects, compound clips' media), by id. */
final class FcpxmlResources {

    private final Path base;
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, FcpxmlAsset> assets = new HashMap<>();

    /**
     * @param root the {@code <fcpxml>} element
     * @param base the folder relative media references count from
     */
    FcpxmlResources(Element root, Path base) {
        this.base = base;
        for (Element resources : Dom.children(root, "resources")) {
            for (Element resource : Dom.children(resources)) {
                byId.putIfAbsent(resource.getAttribute("id"), resource);
            }
        }
    }

    /** @return the resource with an id, or null */
    Element get(String id) {
        return byId.get(id);
    }

    /**
     * @return the asset an element's {@code ref} names, or null when it names another resource (an effect, a
     *         compound or multicam clip's media)
     * @throws IllegalArgumentException when it names none
     */
    FcpxmlAsset asset(Element element) {
        String ref = element.getAttribute("ref");
        Element resource = byId.get(ref);
        if (resource == null) {
            throw new IllegalArgumentException(FcpxmlTimeline.describe(element) + " refers to \"" + ref
                    + "\", which is not among the resources");
        }
        if (!resource.getTagName().equals("asset")) {
            return null;
        }
        return assets.computeIfAbsent(ref, id -> FcpxmlAsset.of(resource, base));
    }
}
