package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.DetectionService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The defaults each owner bundle ships as OSGi Configurator JSON: they reach Config Admin, say what the components'
 * Metatype says (one source a user sees in the editor's preferences and one the runtime runs with, never apart).
 * They arrive asynchronously, after activation, so the components they configure change in place: a restart
 * would pull a service from under a running command.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ShippedDefaultsTest {

    /** Owner PID to the bundle declaring its Metatype. */
    private static final Map<String, String> OWNERS = Map.of(
            "org.kissdetect.segment", "org.kissdetect.segment",
            "org.kissdetect.classify.device", "org.kissdetect.classify",
            "org.kissdetect.decode", "org.kissdetect.decode",
            "org.kissdetect.detect", "org.kissdetect.detect");

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyOwnerShipsItsDefaultsAndTheyAreWhatItsMetatypeSays(@InjectService ConfigurationAdmin configurations,
            @InjectService MetaTypeService metatype) throws Exception {
        for (Map.Entry<String, String> owner : OWNERS.entrySet()) {
            Dictionary<String, Object> shipped = shipped(configurations, owner.getKey());
            ObjectClassDefinition definition = metatype.getMetaTypeInformation(bundle(owner.getValue()))
                    .getObjectClassDefinition(owner.getKey(), null);
            Map<String, String> declared = new TreeMap<>();
            for (AttributeDefinition attribute : definition.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                String[] defaults = attribute.getDefaultValue();
                declared.put(attribute.getID(), defaults == null || defaults.length == 0 ? "" : defaults[0]);
            }
            Map<String, String> configured = new TreeMap<>();
            for (String key : declared.keySet()) {
                Object value = shipped.get(key);
                configured.put(key, value == null ? null : String.valueOf(value));
            }
            assertThat(configured).as("the shipped defaults of " + owner.getKey()).isEqualTo(declared);
        }
    }

    @Test
    void aNewConfigurationChangesTheServicesInPlace(@InjectService ConfigurationAdmin configurations)
            throws Exception {
        for (String pid : List.of("org.kissdetect.detect", "org.kissdetect.decode")) {
            shipped(configurations, pid);
        }
        Object detection = context.getServiceReference(DetectionService.class).getProperty(Constants.SERVICE_ID);
        Object decoder = context.getServiceReference(MovieDecoder.class).getProperty(Constants.SERVICE_ID);
        Configuration detect = configurations.getConfiguration("org.kissdetect.detect", "?");
        Configuration decode = configurations.getConfiguration("org.kissdetect.decode", "?");
        Dictionary<String, Object> detectBefore = detect.getProperties();
        Dictionary<String, Object> decodeBefore = decode.getProperties();
        try {
            Dictionary<String, Object> changed = copy(detectBefore);
            changed.put("progressIntervalMillis", 300);
            detect.update(changed);
            Dictionary<String, Object> stalled = copy(decodeBefore);
            stalled.put("stallTimeoutSeconds", 31);
            decode.update(stalled);

            assertThat(Services.await(context, DetectionService.class, "(progressIntervalMillis=300)",
                    Duration.ofSeconds(10))).isNotNull();
            assertThat(Services.await(context, MovieDecoder.class, "(stallTimeoutSeconds=31)",
                    Duration.ofSeconds(10))).isNotNull();
            assertThat(context.getServiceReference(DetectionService.class).getProperty(Constants.SERVICE_ID))
                    .as("the detection service was not restarted").isEqualTo(detection);
            assertThat(context.getServiceReference(MovieDecoder.class).getProperty(Constants.SERVICE_ID))
                    .as("the decoder was not restarted").isEqualTo(decoder);
        } finally {
            detect.update(detectBefore);
            decode.update(decodeBefore);
        }
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (var keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    private static Dictionary<String, Object> shipped(ConfigurationAdmin configurations, String pid)
            throws InterruptedException {
        return Services.eventually(Duration.ofSeconds(20), () -> {
            try {
                Configuration[] found = configurations.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
                return Optional.ofNullable(found).flatMap(all -> Arrays.stream(all).findFirst())
                        .map(Configuration::getProperties);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }
}
