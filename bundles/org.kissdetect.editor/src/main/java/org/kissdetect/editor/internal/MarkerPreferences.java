package org.kissdetect.editor.internal;

import org.kissdetect.api.markers.MarkerStyle;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The "Markers" preference page: how the markers of kissing scenes look on the timeline. */
@ObjectClassDefinition(name = "Markers", description = "How Kiss Detector marks kissing scenes on the timeline.",
        pid = EditorPreferences.MARKERS_PID)
@interface MarkerPreferences {

    @AttributeDefinition(name = "Marker name",
            description = "Markers are called \"<name> 1\", \"<name> 2\", ... in time order.")
    String markerName() default MarkerStyle.DEFAULT_NAME;

    @AttributeDefinition(name = "Marker colour", options = {
            @Option(label = "Red", value = "red"), @Option(label = "Orange", value = "orange"),
            @Option(label = "Yellow", value = "yellow"), @Option(label = "Green", value = "green"),
            @Option(label = "Cyan", value = "cyan"), @Option(label = "Blue", value = "blue"),
            @Option(label = "Purple", value = "purple"), @Option(label = "Pink", value = "pink"),
            @Option(label = "White", value = "white")})
    String markerColour() default "red";
}
