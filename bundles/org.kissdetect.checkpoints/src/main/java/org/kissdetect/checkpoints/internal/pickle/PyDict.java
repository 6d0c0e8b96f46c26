package org.kissdetect.checkpoints.internal.pickle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Python dict (or OrderedDict, or Counter) in insertion order, refusing keys Python could not hash. */
public final class PyDict {

    private final Map<Object, Object> entries = new LinkedHashMap<>();

    /** Sets {@code key} to {@code value}, as {@code d[key] = value} does. */
    public void put(Object key, Object value) throws PickleException {
        if (!PyTuple.isHashable(key)) {
            throw new PickleException("uses " + PickleValues.describe(key) + " as a dict key");
        }
        entries.put(key, value);
    }

    /** @return the value of {@code key}, or {@code null} */
    public Object get(Object key) {
        return entries.get(key);
    }

    /** @return the entries in insertion order, unmodifiable */
    public Map<Object, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    @Override
    public String toString() {
        return "a dict of " + entries.size();
    }
}
