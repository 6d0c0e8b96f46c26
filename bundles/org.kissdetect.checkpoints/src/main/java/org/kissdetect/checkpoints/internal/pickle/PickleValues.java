package org.kissdetect.checkpoints.internal.pickle;

import java.math.BigInteger;
import java.util.List;

/** Words for unpickled values in messages: their kind, never their content (which may be huge or hostile). */
public final class PickleValues {

    private PickleValues() {
    }

    /** @return {@code "a str"}, {@code "a list of 3"}, {@code "None"}... */
    public static String describe(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String) {
            return "a str";
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return "an int";
        }
        if (value instanceof Double) {
            return "a float";
        }
        if (value instanceof Boolean) {
            return "a bool";
        }
        if (value instanceof byte[]) {
            return "a bytes";
        }
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        return value.toString();
    }
}
