package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.features.ModelInput;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The classification bundles in Felix: libtorch from the DJL library bundle, our network from the classify bundle. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ClassificationServiceTest {

    private static final String CLASSIFIER_PID = "org.kissdetect.classify";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path folder;

    private static Path model;

    @InjectBundleContext
    BundleContext context;

    @BeforeAll
    static void writeAModel() throws Exception {
        model = ImageDetectorModel.write(folder.resolve("image-model"));
    }

    @Test
    void theFactoryClassifiesABatchAndKeepsWorkingAfterTheBundleIsUpdated() throws Exception {
        ClassifierFactory factory = Services.await(context, ClassifierFactory.class, "", PATIENCE);
        Classifier classifier = factory.open(model);
        float[] before = classifier.kissingProbabilities(inputs(3));

        assertThat(classifier.model()).isEqualTo(new ModelDescriptor("itest-image", "1.0.0", "image", "cpu()"));
        assertThat(before).hasSize(3);
        for (float p : before) {
            assertThat(p).isBetween(0f, 1f);
        }
        assertThat(before[0]).as("different seconds, different probabilities").isNotEqualTo(before[1]);

        Bundle classify = bundle("org.kissdetect.classify");
        classify.update();
        refresh(classify);

        assertThat(classify.getState()).isEqualTo(Bundle.ACTIVE);
        assertThatThrownBy(() -> classifier.kissingProbabilities(inputs(1)))
                .as("the old revision freed its model").isInstanceOf(ClassificationException.class);
        ClassifierFactory updated = Services.eventually(PATIENCE, () -> {
            ServiceReference<ClassifierFactory> reference = context.getServiceReference(ClassifierFactory.class);
            ClassifierFactory current = reference == null ? null : context.getService(reference);
            return Optional.ofNullable(current == factory ? null : current);
        });
        float[] after = updated.open(model).kissingProbabilities(inputs(3));
        assertThat(after).containsExactly(before, offset(1e-6f));
    }

    @Test
    void aConfiguredClassifierIsAServiceThatClassifies(@InjectService ConfigurationAdmin configurationAdmin)
            throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration(CLASSIFIER_PID, "?");
        try {
            configuration.update(properties(model));
            Classifier classifier = Services.await(context, Classifier.class, "", PATIENCE);

            assertThat(classifier.model().id()).isEqualTo("itest-image");
            assertThat(classifier.batchSize()).isEqualTo(2);
            float[] factoryResult = Services.await(context, ClassifierFactory.class, "", PATIENCE).open(model)
                    .kissingProbabilities(inputs(3));
            assertThat(classifier.kissingProbabilities(inputs(3))).containsExactly(factoryResult, offset(1e-6f));
        } finally {
            configuration.delete();
        }
    }

    @Test
    void aTamperedModelKeepsTheConfiguredClassifierFromActivatingAndNamesTheFile(
            @InjectService ConfigurationAdmin configurationAdmin, @InjectService ServiceComponentRuntime scr)
            throws Exception {
        Path tampered = Files.createDirectories(folder.resolve("tampered"));
        Files.copy(model.resolve("metadata.json"), tampered.resolve("metadata.json"));
        byte[] parameters = Files.readAllBytes(model.resolve("detector.safetensors"));
        parameters[parameters.length - 5] ^= 1;
        Files.write(tampered.resolve("detector.safetensors"), parameters);
        Configuration configuration = configurationAdmin.getConfiguration(CLASSIFIER_PID, "?");
        try {
            configuration.update(properties(tampered));

            ComponentConfigurationDTO failed = Services.eventually(PATIENCE, () -> scr.getComponentDescriptionDTOs()
                    .stream().filter(d -> d.name.equals("org.kissdetect.classify.internal.ClassifierComponent"))
                    .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                    .filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION).findFirst());
            assertThat(failed.failure).contains(tampered.resolve("detector.safetensors").toString())
                    .contains("sha256 is");
        } finally {
            configuration.delete();
        }
    }

    private static Dictionary<String, Object> properties(Path directory) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("modelDirectory", directory.toString());
        properties.put("device", "cpu");
        properties.put("threads", 1);
        properties.put("batchSize", 2);
        return properties;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        assertThat(refreshed.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the refresh ended").isTrue();
    }

    private static List<ModelInput> inputs(int count) {
        List<ModelInput> inputs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] image = new float[3 * 224 * 224];
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) (2 * Math.sin(0.002 * i * (n + 1) + n));
            }
            inputs.add(new ModelInput(n, image, new float[96 * 64]));
        }
        return inputs;
    }
}
