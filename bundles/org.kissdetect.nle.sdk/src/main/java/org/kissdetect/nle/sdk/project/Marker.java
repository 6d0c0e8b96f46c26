package org.kissdetect.nle.sdk.project;

/**
 * A named, coloured span (or point) on a media item.
 *
 * @param id      unique in the project; chosen by whoever adds the marker
 * @param owner   who made it: a plugin's owner tag, or {@code "user"}; plugins change only their own markers
 * @param name    the name the user sees
 * @param colour  {@code #rrggbb}, lower or upper case hexadecimal
 * @param comment free text, empty when there is none
 * @param range   where it lies, in the media item's time
 */
public record Marker(String id, String owner, String name, String colour, String comment, TimeRange range) {

    /** Checks that every part is present and that the colour is {@code #rrggbb}. */
    public Marker {
        if (id == null || id.isBlank() || owner == null || owner.isBlank() || name == null || comment == null
                || range == null) {
            throw new IllegalArgumentException("a marker needs an id, an owner, a name, a comment and a range");
        }
        if (colour == null || colour.length() != 7 || colour.charAt(0) != '#'
                || !colour.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("marker colour must be #rrggbb, got " + colour);
        }
    }
}
