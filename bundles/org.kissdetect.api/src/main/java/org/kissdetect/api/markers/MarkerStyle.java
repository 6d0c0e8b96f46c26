package org.kissdetect.api.markers;

/**
 * How markers look in the editor.
 *
 * <p>Colours are names from a palette every format can approximate: {@code red}, {@code orange},
 * {@code yellow}, {@code green}, {@code cyan}, {@code blue}, {@code purple}, {@code pink}, {@code white}. Each
 * writer maps the name to its editor's nearest colour ({@link #rgb()} where any colour goes); formats without
 * colours ignore it.
 *
 * @param name      the marker name; markers are called {@code "<name> 1"}, {@code "<name> 2"}, ... in time order
 * @param colour    a colour name from the palette above
 * @param dropFrame write drop-frame timecode (;) where the frame rate is 29.97 or 59.94
 */
public record MarkerStyle(String name, String colour, boolean dropFrame) {

    /** The marker name every front end offers when the user names none: markers read "Kissing scene 1", ... */
    public static final String DEFAULT_NAME = "Kissing scene";

    /** Checks that the name is present and the colour is from the palette. */
    public MarkerStyle {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a marker needs a name");
        }
        if (rgbOf(colour) == null) {
            throw new IllegalArgumentException("marker colour must be one of red, orange, yellow, green, cyan, blue, "
                    + "purple, pink, white; got " + colour);
        }
    }

    /**
     * The colour as RGB, for editors that take any colour.
     *
     * @return {@code #rrggbb}, such as {@code #e53935} for red
     */
    public String rgb() {
        return rgbOf(colour);
    }

    private String rgbOf(String name) {
        return name == null ? null : switch (name) {
            case "red" -> "#e53935";
            case "orange" -> "#fb8c00";
            case "yellow" -> "#fdd835";
            case "green" -> "#43a047";
            case "cyan" -> "#00acc1";
            case "blue" -> "#1e88e5";
            case "purple" -> "#8e24aa";
            case "pink" -> "#d81b60";
            case "white" -> "#ffffff";
            default -> null;
        };
    }
}
