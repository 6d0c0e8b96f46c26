package org.kissdetect.editor.internal;

import java.util.Dictionary;
import java.util.Hashtable;

/** The properties of a Config Admin configuration, copied so that some can be changed and written back. */
final class ConfigurationProperties {

    private ConfigurationProperties() {
    }

    /** @return a copy of {@code properties}, empty when they are {@code null} (a configuration never written) */
    static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Dictionary<String, Object> copy = new Hashtable<>();
        if (properties != null) {
            for (var keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                copy.put(key, properties.get(key));
            }
        }
        return copy;
    }
}
