package org.kissdetect.segment.internal;

import java.util.List;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.configurator.annotations.RequireConfigurator;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The segmentation service. Its default parameters come from Config Admin (PID {@value #PID}); a configuration
 * that names an impossible value keeps the component from activating, and SCR logs why. Immediate, so that a
 * bad configuration fails at once instead of failing its first caller. Once active it changes in place: a later
 * impossible configuration is logged and the last valid parameters stay.
 */
@RequireConfigurator
@Component(service = Segmenter.class, configurationPid = SegmenterComponent.PID, immediate = true)
@Designate(ocd = SegmenterConfiguration.class)
public final class SegmenterComponent implements Segmenter {

    static final String PID = "org.kissdetect.segment";

    private volatile SegmentationParameters parameters;

    @Activate
    public SegmenterComponent(SegmenterConfiguration configuration) {
        parameters = parametersOf(configuration);
    }

    /**
     * A new configuration changes the parameters in place: the service stays registered and its properties change,
     * so consumers that show scenes (the editor plugin) hear of it through their reference's updated method. An
     * invalid configuration keeps the last valid parameters, and SCR logs why.
     */
    @Modified
    void modified(SegmenterConfiguration configuration) {
        parameters = parametersOf(configuration);
    }

    private static SegmentationParameters parametersOf(SegmenterConfiguration configuration) {
        try {
            return new SegmentationParameters(configuration.minSeconds(), configuration.minFraction(),
                    configuration.threshold());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SegmentationParameters parameters() {
        return parameters;
    }

    @Override
    public List<Scene> segment(float[] probabilities, SegmentationParameters parameters) {
        if (probabilities == null || parameters == null) {
            throw new IllegalArgumentException("segmentation needs probabilities and parameters");
        }
        return SceneFinder.find(probabilities, parameters);
    }
}
