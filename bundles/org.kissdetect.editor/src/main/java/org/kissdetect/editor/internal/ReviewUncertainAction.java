package org.kissdetect.editor.internal;

import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** "Review uncertain seconds" in the menus of media items and clips: see {@link ReviewJob}. */
@Component(service = Action.class, property = {"nle.menu=media", "nle.menu=clip"})
public final class ReviewUncertainAction implements Action {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TeachingService teaching;

    private final MarkerDetector detector;

    @Activate
    public ReviewUncertainAction(@Reference MarkerDetector detector) {
        this.detector = detector;
    }

    @Override
    public String id() {
        return "org.kissdetect.editor.review-uncertain";
    }

    @Override
    public String label() {
        return ReviewJob.LABEL;
    }

    @Override
    public Enablement enablement(ActionContext context) {
        if (teaching == null) {
            return new Enablement(false, "Kiss Detector's teaching service is not running (its bundle is stopped or"
                    + " missing).");
        }
        if (context.media().size() != 1) {
            return new Enablement(false, "Select one movie to review.");
        }
        return detector.enablement(context.project(), context.media());
    }

    @Override
    public void execute(ActionContext context) {
        TeachingService service = teaching;
        if (service != null && context.media().size() == 1) {
            detector.review(context.project(), context.media().get(0), service);
        }
    }
}
