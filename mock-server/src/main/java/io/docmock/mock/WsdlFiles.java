package io.docmock.mock;

import io.docmock.mock.internal.InferredWsdl;
import io.docmock.model.Operation;
import io.docmock.model.SoapDetails;
import io.docmock.model.WsdlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The WSDL of each documented SOAP endpoint: the docs' own WSDL page of it where they hold one, else one inferred
 * from its operations' samples ({@link InferredWsdl}). The mock serves it at the endpoint's {@code ?wsdl};
 * {@code generate} writes it to {@code DIR/wsdl/<version>/<Agent>.wsdl}.
 */
public final class WsdlFiles {
    /** Where an inferred WSDL written to a file says the endpoint is: {@code serve}'s default address. */
    static final String DEFAULT_ADDRESS = "http://127.0.0.1:8080";

    private WsdlFiles() {
    }

    /** Every documented SOAP endpoint, with its operations and the docs' WSDL of it, by endpoint path. */
    static Map<String, Endpoint> byEndpoint(List<Operation> operations, List<WsdlDocument> wsdls) {
        Map<String, List<Operation>> grouped = new TreeMap<>();
        for (Operation operation : operations) {
            if (operation.soap() != null) {
                grouped.computeIfAbsent(operation.soap().endpointPath(), path -> new ArrayList<>()).add(operation);
            }
        }
        Map<String, Endpoint> endpoints = new TreeMap<>();
        grouped.forEach((path, same) -> endpoints.put(path, new Endpoint(same.get(0).soap(), List.copyOf(same),
                wsdls.stream().filter(wsdl -> wsdl.describes(path)).findFirst().orElse(null))));
        return endpoints;
    }

    /**
     * A documented SOAP endpoint.
     *
     * @param soap       the SOAP details of its first operation (version and agent are the same for all)
     * @param operations its documented operations
     * @param documented the docs' WSDL page of it, or null
     */
    record Endpoint(SoapDetails soap, List<Operation> operations, WsdlDocument documented) {
        /** Its WSDL; an inferred one gives this as the endpoint's address (a documented one is as written). */
        String xml(String address) {
            return documented != null ? documented.xml() : InferredWsdl.of(operations, address);
        }
    }

    /** Writes one file per documented SOAP endpoint and returns them, in endpoint order. */
    public static List<Path> write(Path rootDir, List<Operation> operations, List<WsdlDocument> wsdls)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Endpoint> endpoint : byEndpoint(operations, wsdls).entrySet()) {
            SoapDetails soap = endpoint.getValue().soap();
            Path folder = rootDir.resolve("wsdl").resolve(MappingFiles.fileName(soap.serviceVersion()));
            Files.createDirectories(folder);
            Path file = folder.resolve(MappingFiles.fileName(soap.agent()) + ".wsdl");
            String xml = endpoint.getValue().xml(DEFAULT_ADDRESS + endpoint.getKey());
            Files.writeString(file, xml.endsWith("\n") ? xml : xml + "\n", StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }
}
