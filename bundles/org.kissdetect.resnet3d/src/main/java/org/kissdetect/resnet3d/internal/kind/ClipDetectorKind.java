package org.kissdetect.resnet3d.internal.kind;

import java.nio.file.Path;
import java.util.OptionalDouble;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.spi.ModelKind;
import org.kissdetect.classify.spi.ModelRuntime;
import org.kissdetect.resnet3d.internal.inference.KineticsClassifier;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.osgi.service.component.annotations.Component;

/**
 * The paper's 3D detectors trained here ({@code "kind": "clip-detector"}, variant {@code clip} or {@code clip+audio})
 * for the classifier
 * factory: a Kinetics model's layout with the classes "not kissing" and "kissing", so they load and classify clips
 * as Kinetics models do, their probability the softmax of their two logits at "kissing".
 */
@Component(service = ModelKind.class)
public final class ClipDetectorKind implements ModelKind {

    @Override
    public String kind() {
        return KineticsMetadata.CLIP_KIND;
    }

    @Override
    public ModelDescriptor describe(Path directory, String device) throws ModelException {
        return descriptor(checked(directory, KineticsModelDirectory.metadata(directory)), device);
    }

    @Override
    public Classifier load(Path directory, ModelRuntime runtime) throws ModelException {
        KineticsClassifier classifier = KineticsClassifier.load(directory, runtime.gpu());
        try {
            checked(directory, classifier.metadata());
        } catch (ModelException e) {
            classifier.close();
            throw e;
        }
        return new KineticsDetector(classifier, descriptor(classifier.metadata(), classifier.device()), runtime);
    }

    private static KineticsMetadata checked(Path directory, KineticsMetadata metadata) throws ModelException {
        if (!KineticsMetadata.CLIP_KIND.equals(metadata.kind())) {
            throw new ModelException(directory.resolve(KineticsModelDirectory.METADATA), "kind is '"
                    + metadata.kind() + "', expected " + KineticsMetadata.CLIP_KIND);
        }
        return metadata;
    }

    private static ModelDescriptor descriptor(KineticsMetadata metadata, String device) {
        return new ModelDescriptor(metadata.id(), metadata.version(), metadata.variantName(), device,
                OptionalDouble.of(metadata.threshold()));
    }
}
