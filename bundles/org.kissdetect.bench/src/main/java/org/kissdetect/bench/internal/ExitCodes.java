package org.kissdetect.bench.internal;

/** The exit codes of {@code kissdetect bench}, the same as every other command's. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int MODEL_PROBLEM = 3;
    static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
