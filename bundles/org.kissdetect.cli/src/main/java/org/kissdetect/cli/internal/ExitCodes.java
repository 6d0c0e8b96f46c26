package org.kissdetect.cli.internal;

/** The exit codes every command documents. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int MODEL_PROBLEM = 3;
    /** An output could not be written: a full disk, a read-only folder, a name too long. */
    static final int CANNOT_WRITE = 4;
    static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
