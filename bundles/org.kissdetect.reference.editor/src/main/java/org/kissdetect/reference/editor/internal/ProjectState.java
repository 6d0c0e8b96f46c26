package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.Map;

import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.Marker;

/**
 * Everything a project file holds.
 *
 * @param name    the project's name
 * @param media   the media items and their lengths
 * @param markers each media item's markers, by media id
 * @param labels  each media item's labels, by media id
 */
record ProjectState(String name, List<MediaEntry> media, Map<String, List<Marker>> markers,
        Map<String, List<Label>> labels) {

    /** A project without labels. */
    ProjectState(String name, List<MediaEntry> media, Map<String, List<Marker>> markers) {
        this(name, media, markers, Map.of());
    }
}
