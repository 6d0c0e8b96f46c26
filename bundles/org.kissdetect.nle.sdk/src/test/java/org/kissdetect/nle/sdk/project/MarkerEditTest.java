package org.kissdetect.nle.sdk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkerEditTest {

    private static final Marker OLD = new Marker("m1", "user", "Old", "#e53935", "", new TimeRange(1, 2));
    private static final Marker NEW = new Marker("m1", "user", "New", "#E53935", "", new TimeRange(1, 3));
    private static final Marker ADDED = new Marker("m2", "plugin", "Added", "#00acc1", "note", new TimeRange(4, 4));

    @Test
    void theInverseUndoesEveryChangeInReverseOrder() {
        MarkerEdit edit = new MarkerEdit("Edit", List.of(new MarkerChange("a", OLD, NEW), new MarkerChange("a", null, ADDED)));

        MarkerEdit inverse = edit.inverse();

        assertThat(inverse.label()).isEqualTo("Edit");
        assertThat(inverse.changes()).containsExactly(new MarkerChange("a", ADDED, null), new MarkerChange("a", NEW, OLD));
        assertThat(inverse.inverse()).isEqualTo(edit);
    }

    @Test
    void aChangeKeepsTheMarkersId() {
        assertThatThrownBy(() -> new MarkerChange("a", OLD, ADDED)).hasMessageContaining("m1 -> m2");
        assertThatThrownBy(() -> new MarkerChange("a", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarkerColourIsHexadecimalRgb() {
        assertThatThrownBy(() -> new Marker("m", "o", "n", "red", "", new TimeRange(0, 1))).hasMessageContaining("got red");
        assertThatThrownBy(() -> new Marker("m", "o", "n", "#12345g", "", new TimeRange(0, 1))).hasMessageContaining("#12345g");
    }

    @Test
    void aTimeRangeIsOrderedAndFinite() {
        assertThat(new TimeRange(2, 5).duration()).isEqualTo(3);
        assertThatThrownBy(() -> new TimeRange(5, 2)).hasMessageContaining("5.0..2.0");
        assertThatThrownBy(() -> new TimeRange(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
