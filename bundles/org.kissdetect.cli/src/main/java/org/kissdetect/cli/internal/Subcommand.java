package org.kissdetect.cli.internal;

import java.util.concurrent.Callable;

/**
 * A {@code kissdetect} command: a picocli-annotated DS component whose {@code call()} returns the exit code.
 * It is registered with the service property {@value #NAME} holding its command name.
 */
public interface Subcommand extends Callable<Integer> {

    /** The service property that names the command. */
    String NAME = "kissdetect.command";
}
