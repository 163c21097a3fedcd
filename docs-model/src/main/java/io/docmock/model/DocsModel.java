package io.docmock.model;

import java.util.List;

/**
 * Everything read from a set of docs: the operations, in a stable order (by file, then position), the pages
 * that held none, the warnings about what could not be read, and the WSDLs the docs hold.
 */
public record DocsModel(int pagesRead, List<Operation> operations, List<SkippedPage> skipped,
                        List<Diagnostic> warnings, List<WsdlDocument> wsdls) {
    public DocsModel {
        operations = List.copyOf(operations);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        wsdls = List.copyOf(wsdls);
    }

    public long count(Protocol protocol) {
        return operations.stream().filter(op -> op.protocol() == protocol).count();
    }
}
