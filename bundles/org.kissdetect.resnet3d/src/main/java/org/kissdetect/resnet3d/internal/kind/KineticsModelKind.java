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
 * Kinetics action models ({@code "kind": "kinetics-action"}) for the classifier factory, which opens, keeps and
 * frees them like any model directory. Describing reads the metadata alone; libtorch starts only when the factory
 * loads one.
 */
@Component(service = ModelKind.class)
public final class KineticsModelKind implements ModelKind {

    @Override
    public String kind() {
        return KineticsMetadata.KIND;
    }

    @Override
    public ModelDescriptor describe(Path directory, String device) throws ModelException {
        return descriptor(KineticsModelDirectory.metadata(directory), device);
    }

    @Override
    public Classifier load(Path directory, ModelRuntime runtime) throws ModelException {
        KineticsClassifier classifier = KineticsClassifier.load(directory, runtime.gpu());
        return new KineticsDetector(classifier, descriptor(classifier.metadata(), classifier.device()), runtime);
    }

    /**
     * @param metadata a Kinetics model's metadata
     * @param device   where it runs, or is configured to
     * @return its id and version, variant {@code r3d34-kinetics<number of classes>}, and its recommended threshold
     */
    static ModelDescriptor descriptor(KineticsMetadata metadata, String device) {
        return new ModelDescriptor(metadata.id(), metadata.version(), variant(metadata), device,
                OptionalDouble.of(metadata.threshold()));
    }

    static String variant(KineticsMetadata metadata) {
        return metadata.architecture() + "-kinetics" + metadata.classes().size();
    }
}
