package io.docmock.check;

import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.xml.SoapEnvelope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What an operation's sample requests show, which counts as documented too, even where its tables forget it. */
public final class SampledRequests {
    private SampledRequests() {
    }

    /** The top-level properties the operation's sample requests send, lower-cased, with their JSON kinds. */
    public static Map<String, String> properties(Operation operation) {
        Map<String, String> sampled = new LinkedHashMap<>();
        for (Sample sample : operation.samples()) {
            if (sample.request() != null) {
                sampled.putAll(BodyCheck.sampleProperties(sample.request().body()));
            }
        }
        return sampled;
    }

    /**
     * The local names of the children of the operation element in the first documented sample request that is an
     * envelope, or null when the docs show no such request (or a malformed one).
     */
    public static Set<String> soapChildren(Operation operation) {
        for (Sample sample : operation.samples()) {
            if (sample.request() == null) {
                continue;
            }
            SoapEnvelope envelope = SoapEnvelope.read(sample.request().body());
            if (envelope.problem() != null) {
                return null;
            }
            if (envelope.isEnvelope() && envelope.operationName() != null) {
                return new TreeSet<>(envelope.children());
            }
        }
        return null;
    }
}
