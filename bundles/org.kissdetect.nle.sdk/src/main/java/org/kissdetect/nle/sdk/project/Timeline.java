package org.kissdetect.nle.sdk.project;

import java.util.List;

/**
 * A sequence of clips, as it was when the host handed it out.
 *
 * @param id    the host's identifier, unique in the project
 * @param name  the name the user sees
 * @param clips its clips in timeline order
 */
public record Timeline(String id, String name, List<Clip> clips) {

    /** Checks that every part is present and copies the clip list. */
    public Timeline {
        if (id == null || name == null || clips == null) {
            throw new IllegalArgumentException("a timeline needs an id, a name and clips");
        }
        clips = List.copyOf(clips);
    }
}
