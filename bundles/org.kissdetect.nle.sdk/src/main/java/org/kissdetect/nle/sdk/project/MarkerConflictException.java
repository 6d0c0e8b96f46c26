package org.kissdetect.nle.sdk.project;

/**
 * A marker edit was refused because the project is no longer as its author saw it (a marker was changed or
 * removed meanwhile, an id is taken, a media item is gone). Nothing of the edit was applied.
 */
public class MarkerConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A refused edit.
     *
     * @param message which change conflicts with what, naming the marker and the media item
     */
    public MarkerConflictException(String message) {
        super(message);
    }
}
