package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.markers.MarkerStyle;

import picocli.CommandLine;

class MarkerOptionsTest {

    @Test
    void theMarkerNameDefaultIsTheOneEveryFrontEndOffers() {
        MarkerOptions options = new MarkerOptions();
        new CommandLine(options).parseArgs();

        assertThat(options.style().name()).isEqualTo(MarkerStyle.DEFAULT_NAME).isEqualTo("Kissing scene");
    }

    @Test
    void aNamedMarkerKeepsItsName() {
        MarkerOptions options = new MarkerOptions();
        new CommandLine(options).parseArgs("--marker-name", "Kuss");

        assertThat(options.style().name()).isEqualTo("Kuss");
    }
}
