package io.docmock.cli;

import picocli.CommandLine;

/** Turns a {@link UserError} into one line on stderr and exit 2; anything else is our defect and shows its trace. */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (ex instanceof UserError) {
            commandLine.getErr().println("docmock: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        throw ex;
    }
}
