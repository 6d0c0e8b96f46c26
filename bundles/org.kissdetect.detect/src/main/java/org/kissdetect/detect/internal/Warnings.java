package org.kissdetect.detect.internal;

import java.util.ArrayList;
import java.util.List;

/** Warnings as they are shown and kept: one line each, and not thousands of them for a badly damaged file. */
final class Warnings {

    static final int MAX_SHOWN = 100;
    private static final int MAX_LENGTH = 500;

    private Warnings() {
    }

    static List<String> capped(List<String> warnings) {
        List<String> shown = new ArrayList<>();
        for (String warning : warnings) {
            if (shown.size() == MAX_SHOWN - 1 && warnings.size() > MAX_SHOWN) {
                shown.add("and " + (warnings.size() - shown.size()) + " more warnings");
                break;
            }
            shown.add(oneLine(warning));
        }
        return List.copyOf(shown);
    }

    private static String oneLine(String warning) {
        String line = String.valueOf(warning).replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
    }
}
