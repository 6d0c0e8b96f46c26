package org.kissdetect.train.internal;

import java.io.IOException;
import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.AblationRequest;
import org.kissdetect.api.train.AblationRow;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SweepRequest;
import org.kissdetect.api.train.SweepRow;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.api.train.SpanTrainingReport;
import org.kissdetect.api.train.SpanTrainingRequest;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.api.train.TrainingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/** The training service. Configuration: PID {@value CacheFolder#PID}, the folder of its caches. */
@Component(service = TrainingService.class, configurationPid = CacheFolder.PID, immediate = true)
@Designate(ocd = TrainingConfiguration.class)
public final class TrainingComponent implements TrainingService {

    private final Machinery machinery;
    private final Machinery clipMachinery;
    private final Machinery denseNetMachinery;

    @Activate
    public TrainingComponent(@Reference(target = Machinery.TWO_D_TRAINER) NetworkTrainer trainer,
            @Reference(target = Machinery.CLIP_TRAINER, cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) NetworkTrainer clipTrainer,
            @Reference(target = Machinery.DENSENET_TRAINER, cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) NetworkTrainer denseNetTrainer,
            @Reference MovieDecoder decoder, @Reference FeatureExtractor extractor, @Reference Segmenter segmenter,
            TrainingConfiguration configuration) {
        machinery = Machinery.of(trainer, trainer, decoder, extractor, segmenter, CacheFolder.of(configuration));
        clipMachinery = clipTrainer == null ? null
                : Machinery.of(clipTrainer, trainer, decoder, extractor, segmenter, CacheFolder.of(configuration));
        denseNetMachinery = denseNetTrainer == null ? null
                : Machinery.of(denseNetTrainer, trainer, decoder, extractor, segmenter, CacheFolder.of(configuration));
    }

    @Override
    public TrainingReport train(TrainingRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        return new ModelTraining(machineryFor(request.network())).train(request, ModelTraining.NOTHING, listener,
                cancellation);
    }

    /** The machinery whose trainer builds the setup's variant; a missing one is named with its bundle. */
    private Machinery machineryFor(NetworkSetup network) {
        if (network.usesDenseNet()) {
            if (denseNetMachinery == null) {
                throw new IllegalStateException(untrainable(network, "the DenseNet-121 bundle, org.kissdetect.densenet"));
            }
            return denseNetMachinery;
        }
        if (!network.usesClip()) {
            return machinery;
        }
        if (clipMachinery == null) {
            throw new IllegalStateException(untrainable(network, "the 3D ResNet-34 bundle, org.kissdetect.resnet3d"));
        }
        return clipMachinery;
    }

    private static String untrainable(NetworkSetup network, String bundle) {
        return "the " + network.variant() + " variant cannot be trained: no trainer of it is installed (" + bundle
                + ")";
    }

    @Override
    public SpanTrainingReport trainOnSpans(SpanTrainingRequest request, TrainingListener listener,
            Cancellation cancellation) throws AnnotationException, MediaException, ModelException,
            ClassificationException, TrainingCancelledException, IOException {
        return machinery.spans().train(request, listener, cancellation);
    }

    @Override
    public List<AblationRow> ablation(AblationRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        return new Ablation(machinery).run(request, listener, cancellation);
    }

    @Override
    public List<SweepRow> sweep(SweepRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        return new Sweep(this::machineryFor).run(request, listener, cancellation);
    }
}
