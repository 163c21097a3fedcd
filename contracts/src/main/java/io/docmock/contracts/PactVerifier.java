package io.docmock.contracts;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.BodyTypeMismatch;
import au.com.dius.pact.core.matchers.HeaderMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.StatusMismatch;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.support.json.JsonValue;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.VerificationResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Verifies pact files against a running provider with pact-jvm's verifier, one interaction at a time, and reports
 * each with its mismatches in one readable line each. No usage metrics leave the machine.
 *
 * <pre>{@code
 * List<Path> pacts = PactVerifier.pactFiles(Path.of("out/pacts"));
 * List<InteractionResult> results = new PactVerifier(URI.create("http://127.0.0.1:8080")).verify(pacts, r -> { });
 * }</pre>
 */
public final class PactVerifier {
    private final URI providerUrl;

    public PactVerifier(URI providerUrl) {
        this.providerUrl = providerUrl;
        // pact-jvm sends anonymous usage metrics unless told not to
        System.setProperty("pact_do_not_track", "true");
    }

    /** The pact files at a path: the file itself, or the {@code *.json} files of a folder, sorted. */
    public static List<Path> pactFiles(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        throw new NoSuchFileException(path.toString());
    }

    /** Reads a pact file, or says in one line why it is not one. */
    public static Pact read(Path file) throws PactFileProblem {
        try {
            Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
            if (pact.getInteractions().isEmpty()) {
                throw new PactFileProblem(file + ": a pact with no interactions");
            }
            return pact;
        } catch (PactFileProblem e) {
            throw e;
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw new PactFileProblem(file + ": not a pact file (" + reason + ")");
        }
    }

    /** Verifies every interaction of every file, telling {@code each} as results come. */
    public List<InteractionResult> verify(List<Path> files, Consumer<InteractionResult> each) throws PactFileProblem {
        List<Pact> pacts = new ArrayList<>();
        for (Path file : files) {
            pacts.add(read(file));
        }
        List<InteractionResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Pact pact = pacts.get(i);
            ProviderInfo provider = new ProviderInfo(pact.getProvider().getName(), providerUrl.getScheme(),
                    providerUrl.getHost(), providerUrl.getPort() < 0 ? defaultPort(providerUrl) : providerUrl.getPort(),
                    providerUrl.getPath() == null || providerUrl.getPath().isEmpty() ? "/" : providerUrl.getPath());
            ConsumerInfo consumer = new ConsumerInfo(pact.getConsumer().getName(), new FileSource(files.get(i).toFile()));
            ProviderVerifier verifier = new ProviderVerifier();
            verifier.setReporters(List.of());
            for (Interaction interaction : pact.getInteractions()) {
                long start = System.nanoTime();
                VerificationResult result = verifier.verifyInteraction(provider, consumer, new HashMap<>(),
                        interaction, pact, null);
                InteractionResult one = new InteractionResult(files.get(i).toString(), interaction.getDescription(),
                        source(interaction), mismatches(result), (System.nanoTime() - start) / 1_000_000);
                results.add(one);
                each.accept(one);
            }
        }
        return results;
    }

    private static int defaultPort(URI url) {
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /** The documented page and line, from the interaction's comments (v4 pacts written by docmock). */
    private static String source(Interaction interaction) {
        if (interaction instanceof V4Interaction v4 && v4.getComments().get("text") instanceof JsonValue.Array text) {
            for (JsonValue line : text.getValues()) {
                String value = line.asString();
                if (value != null && value.startsWith("source: ")) {
                    return value.substring("source: ".length());
                }
            }
        }
        return "";
    }

    private static List<String> mismatches(VerificationResult result) {
        List<String> lines = new ArrayList<>();
        if (result instanceof VerificationResult.Failed failed) {
            failed.getFailures().values().forEach(failures -> failures.forEach(f -> lines.add(describe(f))));
            if (lines.isEmpty()) {
                lines.add(failed.getDescription());
            }
        }
        return lines;
    }

    private static String describe(VerificationFailureType failure) {
        if (failure instanceof VerificationFailureType.MismatchFailure mismatchFailure) {
            return describe(mismatchFailure.getMismatch());
        }
        if (failure instanceof VerificationFailureType.ExceptionFailure exception) {
            Throwable e = exception.getE();
            return "request failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return failure.description();
    }

    private static String describe(Mismatch mismatch) {
        if (mismatch instanceof StatusMismatch status) {
            return "status: expected " + status.getExpected() + ", actual " + status.getActual();
        }
        if (mismatch instanceof HeaderMismatch header) {
            return "header " + header.getHeaderKey() + ": expected '" + header.getExpected() + "', actual '"
                    + header.getActual() + "'";
        }
        if (mismatch instanceof BodyTypeMismatch type) {
            return "body type: expected " + type.getExpected() + ", actual " + type.getActual();
        }
        if (mismatch instanceof BodyMismatch body) {
            return "body " + body.getPath() + ": " + oneLine(body.getMismatch());
        }
        return oneLine(mismatch.description());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\n\\s*", " ").strip();
    }

}
