package org.kissdetect.bench.internal;

/** A benchmark cannot go on; its message is printed as one line on stderr and the process exits with the code. */
final class BenchFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    BenchFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    BenchFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static BenchFailure badInput(String message) {
        return new BenchFailure(ExitCodes.BAD_INPUT, message);
    }

    int exitCode() {
        return exitCode;
    }
}
