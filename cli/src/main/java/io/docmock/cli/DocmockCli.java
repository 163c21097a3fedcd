package io.docmock.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code docmock} executable: wires the parser, the mock server and the contracts to commands. */
@Command(name = "docmock", mixinStandardHelpOptions = true, version = "docmock 0.1.0",
        description = "API reference docs in Markdown to a mock server and contract tests.",
        subcommands = {ParseCommand.class, ServeCommand.class, GenerateCommand.class, VerifyCommand.class,
            CheckPactCommand.class, LintCommand.class})
public final class DocmockCli {
    static {
        // picocli looks for groovy.lang.Closure, and pact-jvm puts Groovy on the class path: loading it starts
        // Groovy's runtime, a third of a second before any command runs. No docmock option is a closure.
        System.setProperty("picocli.disable.closures", "true");
    }

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != ExitCodes.RUNNING) {
            System.exit(code);
        }
    }

    /** Runs a command line with these streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DocmockCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UserErrors());
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("docmock: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'docmock " + commandName(ex.getCommandLine()) + " --help'.");
            return ExitCodes.USAGE;
        });
        return commandLine.execute(args);
    }

    private static String commandName(CommandLine commandLine) {
        return commandLine.getCommandName().equals("docmock") ? "" : commandLine.getCommandName();
    }
}
