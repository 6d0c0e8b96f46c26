package org.kissdetect.editor.internal;

/**
 * Every value the plugin's preferences are made of, in one mockable place for tests: the plugin's own pages and
 * the segmenter's parameters, which {@link Fixtures#preferences(PreferenceValues)} hands over as DS would.
 */
interface PreferenceValues {

    int minSeconds();

    double minFraction();

    double threshold();

    boolean autoDetect();

    String markerName();

    String markerColour();

    String modelDirectory();
}
