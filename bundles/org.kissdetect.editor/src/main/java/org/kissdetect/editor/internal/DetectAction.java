package org.kissdetect.editor.internal;

import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Detect kissing scenes" in the context menus of media items and clips. */
@Component(service = Action.class, property = {"nle.menu=media", "nle.menu=clip"})
public final class DetectAction implements Action {

    static final String ID = "org.kissdetect.editor.detect";

    private final MarkerDetector detector;

    @Activate
    public DetectAction(@Reference MarkerDetector detector) {
        this.detector = detector;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return DetectionJob.LABEL;
    }

    @Override
    public Enablement enablement(ActionContext context) {
        return detector.enablement(context.project(), context.media());
    }

    @Override
    public void execute(ActionContext context) {
        detector.detect(context.project(), context.media());
    }
}
