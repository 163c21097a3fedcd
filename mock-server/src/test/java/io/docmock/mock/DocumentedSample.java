package io.docmock.mock;

import io.docmock.model.Operation;
import io.docmock.model.Sample;
import java.util.ArrayList;
import java.util.List;

/** A documented sample with a request, and its operation: one test case per sample. */
record DocumentedSample(Operation operation, Sample sample) {
    /** Every sample of these operations that has a request and a response, in the docs' order. */
    static List<DocumentedSample> of(List<Operation> operations) {
        return requests(operations).stream().filter(s -> s.sample().response() != null).toList();
    }

    /** Every sample of these operations that has a request, in the docs' order. */
    static List<DocumentedSample> requests(List<Operation> operations) {
        List<DocumentedSample> samples = new ArrayList<>();
        for (Operation operation : operations) {
            for (Sample sample : operation.samples()) {
                if (sample.request() != null) {
                    samples.add(new DocumentedSample(operation, sample));
                }
            }
        }
        return samples;
    }

    /** The test's name: the operation, the sample if it has several, and where the docs show it. */
    String name() {
        boolean one = operation.samples().size() == 1 && operation.samples().get(0).name().equals(sample.name());
        String which = one ? "" : " " + sample.name();
        return operation.id() + which + " (" + sample.request().source() + ")";
    }
}
