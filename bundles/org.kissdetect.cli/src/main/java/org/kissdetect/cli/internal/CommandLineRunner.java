package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Parses a command line against the registered commands and runs the one it names. Every failure ends as one
 * line on stderr and a documented exit code; stack traces only with {@code --debug} or
 * {@code -Dkissdetect.debug=true}.
 */
final class CommandLineRunner {

    @Command(name = "kissdetect", mixinStandardHelpOptions = true, version = "Kiss Detector 0.1",
            description = "Finds kissing scenes in movies and exports them as editor markers.%n",
            footer = {"", "Also: 'kissdetect batch' detects a film library with Apache Spark ('kissdetect batch --help'); 'kissdetect editor' opens the reference editor; 'kissdetect bench --help' lists the benchmarks.",
                "Exit codes: 0 ok, 1 failed, 2 bad input, 3 model problem, 4 cannot write an output, 130 cancelled."})
    static final class Root {
    }

    private final Collection<Subcommand> commands;
    private final PrintWriter out;
    private final PrintWriter err;

    CommandLineRunner(Collection<Subcommand> commands, PrintWriter out, PrintWriter err) {
        this.commands = commands;
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        CommandLine root = new CommandLine(new Root());
        commands.stream().sorted(Comparator.comparingInt(CommandLineRunner::rank)
                .thenComparing(command -> command.getClass().getSimpleName())).forEach(root::addSubcommand);
        // Every command explains itself: 'kissdetect detect --help' (or 'kissdetect help detect'), and so do the
        // commands within one ('kissdetect models import --help').
        root.getSubcommands().values().forEach(CommandLineRunner::addHelp);
        root.addSubcommand("help", new CommandLine.HelpCommand());
        boolean debug = Boolean.getBoolean("kissdetect.debug");
        root.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> {
                    err.println("kissdetect: " + e.getMessage());
                    err.println("Try '" + String.join(" ", "kissdetect", commandPath(e.getCommandLine())).strip() + " --help'.");
                    return ExitCodes.BAD_INPUT;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (debug) {
                        e.printStackTrace(err);
                    }
                    err.println("kissdetect " + commandPath(commandLine) + ": " + oneLine(e));
                    return e instanceof CommandFailure failure ? failure.exitCode() : ExitCodes.FAILED;
                });
        if (args.length == 0) {
            root.usage(err);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try {
            return root.execute(args);
        } catch (OutOfMemoryError e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("kissdetect " + args[0] + ": out of memory (" + oneLine(e) + "); give Java more with "
                    + "KISSDETECT_JAVA_OPTS=-Xmx4g, or report the input that needed it");
            return ExitCodes.FAILED;
        } catch (StackOverflowError | LinkageError | AssertionError e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("kissdetect " + args[0] + ": internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e)
                    + " (-Dkissdetect.debug=true in KISSDETECT_JAVA_OPTS shows where)");
            return ExitCodes.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void addHelp(CommandLine command) {
        command.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        command.getSubcommands().values().forEach(CommandLineRunner::addHelp);
    }

    /** The commands a user runs come first in the help, the tools after them. */
    private static final List<String> ORDER = List.of("demo", "detect", "annotate", "resegment", "labels", "train",
            "eval", "segment", "samples", "logmel", "models");

    private static int rank(Subcommand command) {
        Command annotation = command.getClass().getAnnotation(Command.class);
        int at = annotation == null ? -1 : ORDER.indexOf(annotation.name());
        return at < 0 ? ORDER.size() : at;
    }

    private static String commandPath(CommandLine commandLine) {
        String path = commandLine.getCommandSpec().qualifiedName(" ");
        return path.startsWith("kissdetect") ? path.substring("kissdetect".length()).trim() : path;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }
}
