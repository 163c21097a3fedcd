package io.docmock.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged {@code docmock.jar} run as a user runs it: {@code java -jar}, in a folder of the test's choosing. */
final class JarProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("at (http://[^ ]+) ");

    private final Process process;
    private final BufferedReader out;

    private JarProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static Path jar() {
        return Path.of(System.getProperty("docmock.jar", "target/docmock.jar")).toAbsolutePath();
    }

    static JarProcess start(Path workingDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new JarProcess(process);
    }

    /** Runs to the end and returns exit code and output. */
    static CliRun run(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("docmock did not finish: " + args[0]);
        }
        return new CliRun(process.exitValue(), out, err);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }

    /** Reads stdout until the serving line and returns the base URL it names. */
    String awaitUrl() throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            Matcher matcher = URL.matcher(line);
            if (line.startsWith("docmock serving") && matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("docmock exited before serving, code " + process.exitValue());
    }

    String readLine() throws IOException {
        return out.readLine();
    }

    /** Stops it the way Ctrl-C does (SIGTERM runs the same shutdown hook) and returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("docmock did not stop within 20 s");
        }
        return process.exitValue();
    }

    /** Stops it if it still runs; interrupted meanwhile, it is killed and the interrupt kept for the caller. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
