package org.kissdetect.editor.internal;

import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.osgi.service.component.annotations.Component;

/** "Reject: not kissing" in the clip's context menu: see {@link Labelling}. */
@Component(service = Action.class, property = "nle.menu=clip")
public final class RejectSceneAction implements Action {

    @Override
    public String id() {
        return "org.kissdetect.editor.reject-scene";
    }

    @Override
    public String label() {
        return "Reject: not kissing";
    }

    @Override
    public Enablement enablement(ActionContext context) {
        return Labelling.forDetectedScene(context);
    }

    @Override
    public void execute(ActionContext context) {
        Labelling.judgeScene(context, false, label());
    }
}
