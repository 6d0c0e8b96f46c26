package org.kissdetect.densenet.internal.kind;

import java.nio.file.Path;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.spi.ModelKind;
import org.kissdetect.classify.spi.ModelRuntime;
import org.kissdetect.densenet.internal.model.DenseNetMetadata;
import org.kissdetect.densenet.internal.model.DenseNetModelDirectory;
import org.osgi.service.component.annotations.Component;

/**
 * The Table 2 detectors trained here ({@code "kind": "densenet-detector"}, variant {@code densenet121} or
 * {@code densenet121+audio}) for the classifier factory, so that {@code detect --model DIR} and
 * {@code eval --model DIR} run them. They recommend no threshold: the segmenter's applies, as for the 2D detectors.
 */
@Component(service = ModelKind.class)
public final class DenseNetDetectorKind implements ModelKind {

    @Override
    public String kind() {
        return DenseNetMetadata.KIND;
    }

    @Override
    public ModelDescriptor describe(Path directory, String device) throws ModelException {
        DenseNetMetadata metadata = DenseNetModelDirectory.metadata(directory);
        return new ModelDescriptor(metadata.id(), metadata.version(), metadata.variant(), device);
    }

    @Override
    public Classifier load(Path directory, ModelRuntime runtime) throws ModelException {
        DenseNetModelDirectory.Contents contents = DenseNetModelDirectory.read(directory);
        boolean withAudio = contents.metadata().variant().endsWith("+audio");
        LoadedDenseNetDetector detector = LoadedDenseNetDetector.load(directory, withAudio, contents.parameters(),
                runtime.gpu());
        DenseNetMetadata metadata = contents.metadata();
        return new DenseNetClassifier(detector, new ModelDescriptor(metadata.id(), metadata.version(),
                metadata.variant(), detector.device()), runtime, withAudio);
    }
}
