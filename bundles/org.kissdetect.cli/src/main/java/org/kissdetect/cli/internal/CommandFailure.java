package org.kissdetect.cli.internal;

/** A command cannot go on; its message is printed as one line on stderr and the process exits with the code. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CommandFailure badInput(String message) {
        return new CommandFailure(ExitCodes.BAD_INPUT, message);
    }

    static CommandFailure cannotWrite(String message) {
        return new CommandFailure(ExitCodes.CANNOT_WRITE, message);
    }

    static CommandFailure cannotWrite(String message, Throwable cause) {
        return new CommandFailure(ExitCodes.CANNOT_WRITE, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
