package org.kissdetect.teach.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.labels.LabelService;
import org.kissdetect.api.labels.ProjectLabels;
import org.kissdetect.api.teach.TeachingException;
import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.api.train.TrainingService;

/**
 * Every parameter trained, through the training service's annotation-file path: the labels are written as the
 * annotation CSV the labels bundle owns, and the training service splits them by movie, decodes the labelled
 * seconds (cached by the seconds labelled) and augments every epoch. It needs labels on at least three movies.
 */
final class WholeNetworkTraining {

    private WholeNetworkTraining() {
    }

    static Taught run(TrainingService training, LabelService labels, TeachingRequest request, LabelSplit split,
            Backbones backbones, Path output, Path work, String modelId, String version, TrainingListener listener,
            Cancellation cancellation) throws TeachingException, MediaException, ModelException,
            ClassificationException, TrainingCancelledException, IOException, AnnotationException {
        if (!split.rule().equals(LabelSplit.BY_MOVIE)) {
            throw new TeachingException("Training the whole network splits the labels by movie, so it needs labels on"
                    + " at least " + LabelSplit.MOVIES_TO_SPLIT_BY + " films; label a third film, or clear the"
                    + " whole-network preference to train the linear layer (split by labelled scene).");
        }
        if (labels == null) {
            throw new IllegalStateException("whole-network training needs the labels bundle (org.kissdetect.labels)");
        }
        Path annotations = work.resolve("labels.csv");
        labels.writeAnnotations(new ProjectLabels(Path.of(request.project()), "editor", request.labels(), List.of()),
                annotations);
        TrainingReport report = training.train(new TrainingRequest(annotations, output, work.resolve("checkpoints"),
                new NetworkSetup("both", "all", backbones.image(), backbones.audio(), request.seed()),
                request.epochs(), TeachingComponent.BATCH, request.seed(), modelId, version, false), listener,
                cancellation);
        return new Taught(report.test(), report.testScenes(), (int) request.labels().stream()
                .map(l -> l.media()).distinct().count());
    }
}
