package org.kissdetect.teach.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.labels.LabelService;
import org.kissdetect.api.teach.TeachingException;
import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.teach.TeachingResult;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.api.teach.UncertainSpan;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SpanTrainingReport;
import org.kissdetect.api.train.SpanTrainingRequest;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Teaches detectors from labels through the training service: the labels are counted and split here, trained on
 * there (the linear layer on frozen backbones, from whole-movie embeddings it caches), and the model is written
 * under a hidden name with its model card, then renamed to its versioned name: it appears whole or not at all.
 * Whole-network training goes through the training service's annotation files ({@link WholeNetworkTraining}).
 */
@Component(service = TeachingService.class)
public final class TeachingComponent implements TeachingService {

    static final int BATCH = 64;

    private final TrainingService training;
    private final LabelService labels;
    private final Path work;

    @Activate
    public TeachingComponent(@Reference TrainingService training, @Reference(cardinality =
            ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) LabelService labels) {
        this(training, labels, CacheRoot.folder("teaching"));
    }

    TeachingComponent(TrainingService training, LabelService labels, Path work) {
        this.training = training;
        this.labels = labels;
        this.work = work;
    }

    @Override
    public TeachingResult teach(TeachingRequest request, TrainingListener listener, Cancellation cancellation)
            throws TeachingException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        long started = System.nanoTime();
        LabelTally tally = LabelTally.of(request.labels());
        tally.requireEnough();
        LabelSplit split = LabelSplit.of(request.labels(), request.seed());
        Backbones backbones = Backbones.in(request.backbonesFolder());
        String modelId = ModelVersions.modelId(request.project());
        Files.createDirectories(request.modelsFolder());
        int version = ModelVersions.next(request.modelsFolder(), modelId);
        Path target = ModelVersions.directory(request.modelsFolder(), modelId, version);
        String run = UUID.randomUUID().toString();
        Path staging = request.modelsFolder().resolve("." + target.getFileName() + "." + run + ".partial");
        Path checkpoints = work.resolve(run);
        String labelsSha256 = labelsSha256(request.labels());
        try {
            Taught taught = request.wholeNetwork()
                    ? WholeNetworkTraining.run(training, labels, request, split, backbones, staging, checkpoints,
                            modelId, Integer.toString(version), listener, cancellation)
                    : lastLayer(request, split, backbones, staging, checkpoints, modelId, version,
                            provenance(request, tally, split, labelsSha256), listener, cancellation);
            Files.writeString(staging.resolve(ModelCard.FILE), ModelCard.of(modelId, version, request, tally, split,
                    backbones, taught.heldOut(), taught.heldOutScenes(), labelsSha256), StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                throw new IOException(target + " appeared while teaching: teach again for the next version");
            }
            OutputTransaction.move(staging, target);
            List<String> notices = new ArrayList<>();
            if (backbones.random()) {
                notices.add(Backbones.RANDOM_NOTICE);
            }
            return new TeachingResult(target, modelId, Integer.toString(version), split.rule(), taught.heldOut(),
                    taught.heldOutScenes(), tally.kissing(), tally.other(), taught.moviesDecoded(), notices,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (AnnotationException e) {
            throw new TeachingException("The labels cannot be trained on: " + e.getMessage());
        } finally {
            OutputTransaction.deleteTree(staging);
            OutputTransaction.deleteTree(checkpoints);
        }
    }

    private Taught lastLayer(TeachingRequest request, LabelSplit split, Backbones backbones, Path output, Path work,
            String modelId, int version, Map<String, Object> provenance, TrainingListener listener,
            Cancellation cancellation) throws AnnotationException, MediaException, ModelException,
            ClassificationException, TrainingCancelledException, IOException {
        SpanTrainingReport report = training.trainOnSpans(new SpanTrainingRequest(split.spans(), split.split(), output,
                work, new NetworkSetup("both", "last-layer", backbones.image(), backbones.audio(), request.seed()),
                request.epochs(), BATCH, request.seed(), modelId, Integer.toString(version), provenance), listener,
                cancellation);
        return new Taught(report.training().test(), report.training().testScenes(), report.moviesDecoded());
    }

    @Override
    public List<UncertainSpan> uncertainSpans(float[] probabilities, double threshold, int count) {
        return UncertainSeconds.of(probabilities, threshold, count);
    }

    private static Map<String, Object> provenance(TeachingRequest request, LabelTally tally, LabelSplit split,
            String labelsSha256) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("count", request.labels().size());
        labels.put("sha256", labelsSha256);
        labels.put("kissingSeconds", tally.kissing());
        labels.put("notKissingSeconds", tally.other());
        labels.put("splitRule", split.rule());
        labels.put("movies", request.labels().stream().map(l -> l.media().toString()).distinct().sorted().toList());
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("project", request.project());
        provenance.put("labels", labels);
        provenance.put("taughtBy", "Kiss Detector org.kissdetect.teach, from an editor's labels");
        return provenance;
    }

    /** The hash of the label set, whatever order the labels come in: movie, start, end and class of each. */
    static String labelsSha256(List<Label> labels) {
        return Sha256.hex(labels.stream()
                .sorted(Comparator.comparing((Label l) -> l.media().toString()).thenComparingDouble(Label::start)
                        .thenComparingDouble(Label::end))
                .map(l -> l.media() + "\t" + l.start() + "\t" + l.end() + "\t" + (l.kissing() ? "kissing"
                        : "not kissing"))
                .collect(Collectors.joining("\n")));
    }
}
