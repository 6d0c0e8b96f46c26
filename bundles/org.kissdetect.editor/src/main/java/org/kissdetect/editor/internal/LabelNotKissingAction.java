package org.kissdetect.editor.internal;

import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.osgi.service.component.annotations.Component;

/** "Label selection as not kissing" in the clip's context menu: see {@link Labelling}. */
@Component(service = Action.class, property = "nle.menu=clip")
public final class LabelNotKissingAction implements Action {

    @Override
    public String id() {
        return "org.kissdetect.editor.label-not-kissing";
    }

    @Override
    public String label() {
        return "Label selection as not kissing";
    }

    @Override
    public Enablement enablement(ActionContext context) {
        return Labelling.forSelection(context);
    }

    @Override
    public void execute(ActionContext context) {
        Labelling.labelSelection(context, false, label());
    }
}
