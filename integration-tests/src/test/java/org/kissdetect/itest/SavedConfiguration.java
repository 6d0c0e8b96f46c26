package org.kissdetect.itest;

import java.io.IOException;
import java.util.Dictionary;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A configuration as a test found it, to put back afterwards: the defaults shipped as Configurator JSON, which the
 * Configurator applies once and never again, so deleting them would change every later test.
 */
final class SavedConfiguration {

    private final Configuration configuration;
    private final Dictionary<String, Object> found;

    private SavedConfiguration(Configuration configuration) {
        this.configuration = configuration;
        this.found = configuration.getProperties();
    }

    static SavedConfiguration of(ConfigurationAdmin configurations, String pid) throws IOException {
        return new SavedConfiguration(configurations.getConfiguration(pid, "?"));
    }

    void restore() throws IOException {
        if (found == null) {
            configuration.delete();
        } else {
            configuration.update(found);
        }
    }
}
