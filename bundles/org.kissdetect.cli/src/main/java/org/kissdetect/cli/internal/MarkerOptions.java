package org.kissdetect.cli.internal;

import org.kissdetect.api.markers.MarkerStyle;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How markers are written: the format and the markers' look. */
final class MarkerOptions {

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "json",
            description = "Marker format: json, csv, otio, fcpxml, xmeml, edl, avid, shotcut, kdenlive, vtt; several "
                    + "separated by commas (json,fcpxml,edl), each to its own file (default: ${DEFAULT-VALUE}).")
    String format = "json";

    @Mixin
    MarkerStyleOptions look = new MarkerStyleOptions();

    MarkerStyle style() {
        return look.style();
    }
}
