package org.kissdetect.cli.internal;

import java.io.IOException;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.common.files.FileErrors;

/** The exit code of each way training and evaluation fail: bad input 2, model problem 3, cancelled 130. */
final class TrainingFailures {

    private TrainingFailures() {
    }

    static CommandFailure of(Exception e) {
        int code;
        if (e instanceof AnnotationException || e instanceof MediaException || e instanceof IllegalArgumentException) {
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof ModelException || e instanceof ClassificationException) {
            code = ExitCodes.MODEL_PROBLEM;
        } else if (e instanceof TrainingCancelledException) {
            code = ExitCodes.CANCELLED;
        } else if (e instanceof IOException io) {
            return new CommandFailure(ExitCodes.FAILED, FileErrors.reason(io), e);
        } else {
            code = ExitCodes.FAILED;
        }
        return new CommandFailure(code, e.getMessage(), e);
    }
}
