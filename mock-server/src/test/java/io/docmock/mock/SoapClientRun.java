package io.docmock.mock;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.SoapDetails;
import io.docmock.xml.SoapEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a SOAP client nobody here wrote (zeep, node-soap) over a list of calls in one process: the script in
 * {@code src/test/resources/clients} reads one call per line and prints one outcome per line.
 */
final class SoapClientRun {
    private SoapClientRun() {
    }

    /**
     * One call: an operation of the WSDL at this URL, through this service's port, with no arguments (for a client
     * that unwraps the Body's element into parameters, that many of them, each null).
     */
    record Call(String key, String wsdlUrl, String namespace, String service, String port, String operation,
                int parameters) {
        Call(String key, String wsdlUrl, String service, String port, String operation) {
            this(key, wsdlUrl, "", service, port, operation, 0);
        }

        String line() {
            return String.join("\t", key, wsdlUrl, service, port, operation);
        }
    }

    /** What a call gave: the answer as the client read it, as JSON, or what went wrong. */
    record Outcome(boolean ok, String text) {
    }

    /** Every documented operation of every SOAP endpoint without a WSDL page, through both ports of its WSDL. */
    static List<Call> everyInferredOperation(DocsModel docs, String baseUrl) {
        List<Call> calls = new ArrayList<>();
        docs.operations().stream().filter(operation -> operation.soap() != null)
                .filter(operation -> docs.wsdls().stream().noneMatch(wsdl ->
                        wsdl.describes(operation.soap().endpointPath())))
                .sorted(Comparator.comparing(Operation::id))
                .forEach(operation -> {
                    SoapDetails soap = operation.soap();
                    for (String binding : List.of("BasicHttpBinding_", "Soap12Binding_")) {
                        calls.add(new Call(binding + soap.serviceVersion() + "/" + soap.agent() + "/"
                                + soap.operationElement() + " (" + operation.source() + ")",
                                baseUrl + soap.endpointPath() + "?wsdl", soap.operationNamespace(),
                                soap.agent() + "Service",
                                binding + soap.agent(), soap.operationElement(), parameterCount(operation)));
                    }
                });
        return calls;
    }

    /** The Body element's children in the first sample request: the parameters it unwraps into. */
    private static int parameterCount(Operation operation) {
        return operation.samples().stream().filter(sample -> sample.request() != null)
                .map(sample -> SoapEnvelope.read(sample.request().body()).children().stream().distinct().count())
                .findFirst().orElse(0L).intValue();
    }

    /** Runs the script with this interpreter and returns each call's outcome, by key. */
    static Map<String, Outcome> run(String interpreter, String script, Map<String, String> environment,
                                    List<Call> calls) throws IOException, InterruptedException {
        Path file = Files.createTempFile("docmock-client", script.substring(script.lastIndexOf('.')));
        try (InputStream in = SoapClientRun.class.getResourceAsStream("/clients/" + script)) {
            Files.write(file, in.readAllBytes());
            ProcessBuilder builder = new ProcessBuilder(interpreter, file.toString()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                for (Call call : calls) {
                    stdin.write((call.line() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(interpreter + " did not finish: " + output);
            }
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3) {
                    outcomes.put(fields[0], new Outcome(fields[1].equals("OK"), fields[2]));
                }
            }
            if (outcomes.isEmpty()) {
                throw new IllegalStateException(interpreter + " answered no call: " + output);
            }
            return outcomes;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Whether this command runs and exits 0: a client that is installed. */
    static boolean runs(Map<String, String> environment, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
