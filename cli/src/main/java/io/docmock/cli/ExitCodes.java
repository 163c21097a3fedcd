package io.docmock.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** A server was started and keeps the JVM alive; main must not exit. */
    static final int RUNNING = -1;

    private ExitCodes() {
    }
}
