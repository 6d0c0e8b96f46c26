package org.kissdetect.spark.internal;

/** One line for a failure's row: the exception's own message, else its type. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
