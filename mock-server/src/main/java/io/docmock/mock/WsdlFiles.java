package io.docmock.mock;

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
 * The WSDLs the docs hold for their SOAP endpoints: which describes which endpoint (the mock serves it at the
 * endpoint's {@code ?wsdl}), and the files {@code generate} writes, {@code DIR/wsdl/<version>/<Agent>.wsdl}, as the
 * docs give them.
 */
public final class WsdlFiles {
    private WsdlFiles() {
    }

    /** Each documented SOAP endpoint that a WSDL of the docs describes, with its SOAP details, by endpoint path. */
    static Map<String, Described> byEndpoint(List<Operation> operations, List<WsdlDocument> wsdls) {
        Map<String, Described> described = new TreeMap<>();
        for (Operation operation : operations) {
            SoapDetails soap = operation.soap();
            if (soap == null || described.containsKey(soap.endpointPath())) {
                continue;
            }
            wsdls.stream().filter(wsdl -> wsdl.describes(soap.endpointPath())).findFirst()
                    .ifPresent(wsdl -> described.put(soap.endpointPath(), new Described(soap, wsdl)));
        }
        return described;
    }

    /** A documented endpoint's SOAP details and its WSDL. */
    record Described(SoapDetails soap, WsdlDocument wsdl) {
    }

    /** Writes one file per described endpoint and returns them, in endpoint order. */
    public static List<Path> write(Path rootDir, List<Operation> operations, List<WsdlDocument> wsdls)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Described described : byEndpoint(operations, wsdls).values()) {
            Path folder = rootDir.resolve("wsdl").resolve(MappingFiles.fileName(described.soap().serviceVersion()));
            Files.createDirectories(folder);
            Path file = folder.resolve(MappingFiles.fileName(described.soap().agent()) + ".wsdl");
            Files.writeString(file, described.wsdl().xml() + "\n", StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }
}
