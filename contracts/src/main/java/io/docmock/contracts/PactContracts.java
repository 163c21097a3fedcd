package io.docmock.contracts;

import au.com.dius.pact.core.model.Consumer;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.Provider;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.support.Result;
import io.docmock.contracts.internal.Interactions;
import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
import io.docmock.model.Sample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The operation model as a Pact contract: one interaction per documented sample, REST and SOAP, written with
 * pact-jvm's own model and writer.
 *
 * <pre>{@code
 * Contracts contracts = PactContracts.build(model.operations(), ContractOptions.defaults());
 * Path file = PactContracts.write(contracts.pact(), Path.of("out/pacts"), 4);
 * }</pre>
 */
public final class PactContracts {
    private PactContracts() {
    }

    public static Contracts build(List<Operation> operations, ContractOptions options) {
        List<Interaction> interactions = new ArrayList<>();
        List<Operation> withoutSamples = new ArrayList<>();
        for (Operation operation : operations) {
            List<Sample> usable = operation.samples().stream().filter(Interactions::usable).toList();
            if (usable.isEmpty()) {
                withoutSamples.add(operation);
            }
            usable.forEach(sample -> interactions.add(Interactions.build(operation,
                    options.soapVersion() != null && operation.soap() != null
                            ? operation.soap().inVersion(sample, options.soapVersion()) : sample)));
        }
        String provider = options.provider() != null ? options.provider() : providerFromDocs(operations);
        V4Pact pact = new V4Pact(new Consumer(options.consumer()), new Provider(provider), interactions);
        return new Contracts(pact, withoutSamples);
    }

    /** The first path segment every operation shares ({@code api}), else {@link ContractOptions#DEFAULT_PROVIDER}. */
    static String providerFromDocs(List<Operation> operations) {
        String shared = null;
        for (Operation operation : operations) {
            List<String> segments = PathTemplate.segmentsOf(operation.path());
            String first = segments.size() > 1 ? segments.get(0) : "";
            if (shared == null) {
                shared = first;
            } else if (!shared.equals(first)) {
                return ContractOptions.DEFAULT_PROVIDER;
            }
        }
        return shared == null || shared.isBlank() ? ContractOptions.DEFAULT_PROVIDER : shared;
    }

    /** The problems pact-jvm finds with this pact for the specification version (3 or 4). */
    public static List<String> validate(V4Pact pact, int specVersion) {
        return pact.validateForVersion(version(specVersion));
    }

    /** Writes {@code CONSUMER-PROVIDER.json} into the folder, replacing any earlier file of that name. */
    public static Path write(V4Pact pact, Path folder, int specVersion) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(pact.getConsumer().getName() + "-" + pact.getProvider().getName() + ".json");
        Files.writeString(file, json(pact, specVersion), StandardCharsets.UTF_8);
        return file;
    }

    /** The pact's JSON text; written into our own writer, as pact-jvm's file writers merge into existing files. */
    public static String json(V4Pact pact, int specVersion) {
        Pact toWrite = pact;
        if (specVersion == 3) {
            Result<?, String> v3 = pact.asRequestResponsePact();
            if (v3 instanceof Result.Err<?> err) {
                throw new IllegalStateException("cannot write as pact v3: " + err.getError());
            }
            toWrite = (Pact) ((Result.Ok<?>) v3).getValue();
        }
        StringWriter text = new StringWriter();
        Result<Integer, Throwable> written = DefaultPactWriter.INSTANCE.writePact(toWrite, new PrintWriter(text),
                version(specVersion));
        if (written instanceof Result.Err<?> err) {
            throw new IllegalStateException("pact-jvm could not write the pact", (Throwable) err.getError());
        }
        return text.toString();
    }

    private static PactSpecVersion version(int specVersion) {
        return switch (specVersion) {
            case 3 -> PactSpecVersion.V3;
            case 4 -> PactSpecVersion.V4;
            default -> throw new IllegalArgumentException("pact specification " + specVersion + ": 3 or 4");
        };
    }
}
