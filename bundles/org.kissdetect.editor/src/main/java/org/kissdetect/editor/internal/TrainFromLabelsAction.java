package org.kissdetect.editor.internal;

import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Train detector from labels" in the project menu: see {@link Teacher} and {@link TeachJob}. */
@Component(service = Action.class, property = "nle.menu=project")
public final class TrainFromLabelsAction implements Action {

    static final String ID = "org.kissdetect.editor.train-from-labels";

    private final Teacher teacher;

    @Activate
    public TrainFromLabelsAction(@Reference Teacher teacher) {
        this.teacher = teacher;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return TeachJob.LABEL;
    }

    @Override
    public Enablement enablement(ActionContext context) {
        return teacher.enablement(context.project());
    }

    @Override
    public void execute(ActionContext context) {
        teacher.teach(context.project());
    }
}
