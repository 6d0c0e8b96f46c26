package org.kissdetect.spark.internal;

/** One line for a failure's row: the exception's own message, else its type. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
