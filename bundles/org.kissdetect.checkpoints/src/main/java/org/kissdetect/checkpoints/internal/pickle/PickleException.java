package org.kissdetect.checkpoints.internal.pickle;

/** A pickle that is refused or broken; the message is a phrase about the file's content, without the file. */
public final class PickleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, as a phrase ({@code "refuses global os.system: a state dict never needs it"}) */
    public PickleException(String reason) {
        super(reason);
    }
}
