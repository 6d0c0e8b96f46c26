package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.synthetic.SyntheticSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo model: rebuilt from what {@code models/demo/} ships, or trained on the synthetic set by its recipe.
 * The synthetic set is written under the cache folder (PID {@value CacheFolder#PID}).
 */
@Component(service = DemoModel.class, configurationPid = CacheFolder.PID, immediate = true)
public final class DemoModelComponent implements DemoModel {

    static final String NOTICE = "DEMO MODEL: trained on generated films, it detects their synthetic signature (rose"
            + " frames with pink dots, a swelling chord of 660 to 1980 Hz), not kissing in real films";

    private final MovieEncoder encoder;
    private final Machinery machinery;
    private final Path cache;

    @Activate
    public DemoModelComponent(@Reference(target = Machinery.TWO_D_TRAINER) NetworkTrainer trainer, @Reference MovieEncoder encoder,
            @Reference MovieDecoder decoder, @Reference FeatureExtractor extractor, @Reference Segmenter segmenter,
            TrainingConfiguration configuration) {
        this.encoder = encoder;
        this.cache = CacheFolder.of(configuration);
        this.machinery = Machinery.of(trainer, trainer, decoder, extractor, segmenter, cache);
    }

    @Override
    public Path defaultDirectory() {
        String configured = System.getProperty("kissdetect.demo.model");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : CacheRoot.folder("models").resolve("demo");
    }

    @Override
    public String notice() {
        return NOTICE;
    }

    @Override
    public Path ensure(Path directory, TrainingListener listener, Cancellation cancellation) throws ModelException,
            MediaException, ClassificationException, TrainingCancelledException, IOException {
        requireDemoOrAbsent(directory);
        ShippedDemo shipped = ShippedDemo.load();
        if (shipped.complete()) {
            if (!shipped.isIn(directory)) {
                shipped.rebuild(directory, machinery.trainer(), listener);
            }
            return directory;
        }
        listener.notice("the demo model's linear layer is not shipped (models/demo/" + ShippedDemo.HEAD
                + "): training it on the synthetic set, which takes minutes");
        retrain(directory, listener, cancellation);
        return directory;
    }

    @Override
    public Path syntheticAnnotations(TrainingListener listener) throws MediaException, IOException {
        SyntheticSet set = DemoRecipe.shipped().syntheticSet().set();
        Path folder = cache.resolve("synthetic").resolve(Sha256.hex(set.toString()).substring(0, 16));
        if (!set.isWritten(folder)) {
            listener.stage("writing the synthetic set (" + set.filmCount() + " films)", 0, 1);
            set.write(encoder, folder);
            listener.stage("writing the synthetic set (" + set.filmCount() + " films)", 1, 1);
        }
        return folder.resolve(SyntheticSet.ANNOTATIONS);
    }

    @Override
    public TrainingReport retrain(Path directory, TrainingListener listener, Cancellation cancellation)
            throws ModelException, MediaException, ClassificationException, TrainingCancelledException, IOException {
        requireDemoOrAbsent(directory);
        DemoRecipe recipe = DemoRecipe.shipped();
        listener.notice(NOTICE);
        Path annotations = syntheticAnnotations(listener);
        Path checkpoints = cache.resolve("demo-checkpoints");
        try {
            return new ModelTraining(machinery).train(recipe.request(annotations, directory, checkpoints),
                    (staging, trained, provenance) -> {
                        byte[] head = Files.readAllBytes(checkpoints.resolve(CheckpointFolder.BEST));
                        Files.write(staging.resolve(ShippedDemo.HEAD), head);
                        provenance.put("demo", demoProvenance(recipe, head));
                    }, listener, cancellation);
        } catch (AnnotationException e) {
            throw new IOException("the synthetic set's annotations are unusable: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> demoProvenance(DemoRecipe recipe, byte[] head) {
        Map<String, Object> demo = new LinkedHashMap<>();
        demo.put("notice", NOTICE);
        demo.put("syntheticSet", recipe.syntheticSet().set().toString());
        demo.put("head", ShippedDemo.HEAD);
        demo.put("headSha256", Sha256.hex(head));
        demo.put("rebuild", "the network of the head's setup with seeded random backbones, its linear layer from "
                + ShippedDemo.HEAD + ", exported");
        return demo;
    }

    /** The demo's directory may be replaced only when it is absent, empty or holds a demo model. */
    private static void requireDemoOrAbsent(Path directory) throws IOException {
        ModelTraining.requireReplaceable(directory);
        Path metadata = directory.resolve(ShippedDemo.METADATA);
        if (Files.isRegularFile(metadata) && !Files.readString(metadata).matches("(?s).*\"id\"\\s*:\\s*\"demo.*")) {
            throw new IOException(directory + " holds a model that is not the demo model: choose another folder");
        }
    }
}
