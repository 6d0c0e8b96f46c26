package org.kissdetect.editor.internal;

import java.util.Optional;
import java.util.stream.Collectors;

import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.event.MediaImportEvent;
import org.kissdetect.nle.sdk.event.MediaImportListener;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** Detects kissing scenes in imported movies at once, when the preference "Detect on import" is on. */
@Component
public final class AutoDetectOnImport implements MediaImportListener {

    private final MarkerDetector detector;
    private final Logger logger;

    @Activate
    public AutoDetectOnImport(@Reference MarkerDetector detector,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.detector = detector;
        this.logger = logger;
    }

    @Override
    public void imported(MediaImportEvent event) {
        Optional<DetectionSettings> settings = detector.settings();
        if (settings.isPresent() && !settings.get().autoDetect() || event.items().isEmpty()) {
            return;
        }
        Enablement enablement = detector.enablement(event.project(), event.items());
        if (!enablement.enabled()) {
            logger.warn("Not detecting kissing scenes in imported {}: {}",
                    event.items().stream().map(MediaItem::name).collect(Collectors.joining(", ")),
                    enablement.reason());
            return;
        }
        detector.detect(event.project(), event.items());
    }
}
