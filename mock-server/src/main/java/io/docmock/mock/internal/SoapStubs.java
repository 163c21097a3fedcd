package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.docmock.mock.internal.shaded.Patterns.containing;
import static io.docmock.mock.internal.shaded.Patterns.matching;
import static io.docmock.mock.internal.shaded.Patterns.matchingXPath;
import static io.docmock.mock.internal.shaded.Patterns.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.LogicalAnd;
import com.github.tomakehurst.wiremock.matching.NotPattern;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.docmock.model.Operation;
import io.docmock.model.Sample;
import io.docmock.model.SoapDetails;
import io.docmock.route.SoapRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stubs of one SOAP endpoint ({@code /Remote/Services88/User.svc}), from the documented envelopes alone.
 * The operation is the first element in the Body, by namespace URI and local name (XPath on {@code local-name()}
 * and {@code namespace-uri()}, so any prefix works); a SOAP 1.2 {@code action} parameter or a SOAP 1.1
 * {@code SOAPAction} header naming an operation chooses it when the Body's element is not documented, and a Fault
 * says so when it disagrees with the Body. The documented answer goes out in the SOAP version of the request's
 * Envelope (one stub per version). Anything else posted to the endpoint gets a Sender/Client Fault that lists the
 * endpoint's operations.
 */
public final class SoapStubs {
    /** WireMock's XPath is namespace-aware only when namespaces are declared; these make it so. */
    private static final String ANY_ENVELOPE = "/*[self::env12:Envelope or self::env11:Envelope]"
            + "/*[self::env12:Body or self::env11:Body]";

    // a TreeMap, not Map.of: the mapping files must list namespaces in the same order in every JVM
    private static final Map<String, String> ENVELOPE_NAMESPACES = new TreeMap<>(Map.of("env11",
            SoapDetails.SOAP_11_NS, "env12", SoapDetails.SOAP_12_NS));
    /** A SOAP 1.1 Envelope, a SOAP 1.2 one: what an action stub of that version takes. */
    private static final StringValuePattern AN_ENVELOPE_11 = matchingXPath(envelopeXPath("1.1"), ENVELOPE_NAMESPACES);
    private static final StringValuePattern AN_ENVELOPE_12 = matchingXPath(envelopeXPath("1.2"), ENVELOPE_NAMESPACES);

    /** Shared by every operation's stubs: a SOAPAction header with any value; a Content-Type with an action. */
    private static final StringValuePattern A_VALUE = matching("(?s).+");
    private static final StringValuePattern AN_ACTION_PARAMETER = matching("(?is).*;\\s*action\\s*=.*");

    private final CorsHeaders cors;

    public SoapStubs(CorsHeaders cors) {
        this.cors = cors;
    }

    /** The name of an endpoint's own group of stubs (its Faults). */
    public static String groupName(String endpointPath) {
        return "_soap" + endpointPath.replace('/', '_');
    }

    public List<StubMapping> operationStubs(Operation operation) {
        SoapDetails soap = operation.soap();
        String operationXPath = operationXPath(soap.operationElement());
        Map<String, String> namespaces = namespaces(soap.operationNamespace());
        String source = operation.source().toString();
        // an action names the operation when its last segment (after / # or :) is the operation's name
        String soapAction = SoapRoute.soapActionRegex(soap.operationElement());
        String contentTypeAction = SoapRoute.contentTypeActionRegex(soap.operationElement());

        Sample sample = operation.samples().stream().filter(s -> s.response() != null).findFirst().orElse(null);
        String disagreement = "The SOAP action does not name " + soap.operationElement()
                + ", the operation in the Body, documented at " + soap.endpointPath()
                + "; the action and the Body must name the same operation";

        // WireMock builds each pattern with reflection; one instance of each serves all the stubs that use it
        UrlPattern url = urlPathEqualTo(soap.endpointPath());
        StringValuePattern operationInBody = matchingXPath(operationXPath, namespaces);
        StringValuePattern soapActionNames = matching(soapAction);
        StringValuePattern contentTypeNames = matching(contentTypeAction);
        // "names another operation" reuses the operation's own pattern: 10,000 operations' regexes are memory
        StringValuePattern soapActionOther = new LogicalAnd(A_VALUE, new NotPattern(soapActionNames));
        StringValuePattern contentTypeActionOther = new LogicalAnd(AN_ACTION_PARAMETER, new NotPattern(contentTypeNames));
        List<StubMapping> stubs = new ArrayList<>();
        stubs.add(stub(operation, source, StubKind.SOAPACTION_DISAGREES, post(url)
                .withRequestBody(operationInBody)
                .withHeader("SOAPAction", soapActionOther),
                cors.add(SoapFaults.senderFault("1.1", disagreement))));
        stubs.add(stub(operation, source, StubKind.ACTION_DISAGREES, post(url)
                .withRequestBody(operationInBody)
                .withHeader("Content-Type", contentTypeActionOther),
                cors.add(SoapFaults.senderFault("1.2", disagreement))));
        // a client speaks one version and reads answers only in it (zeep, CXF, WCF): each stub below answers in
        // the version of the request's Envelope
        for (String version : List.of("1.1", "1.2")) {
            ResponseDefinitionBuilder answer = answer(soap, sample, version);
            StringValuePattern envelope = "1.1".equals(version) ? AN_ENVELOPE_11 : AN_ENVELOPE_12;
            stubs.add(stub(operation, source, StubKind.body(version), post(url).withRequestBody(
                    matchingXPath(operationXPath(version, soap.operationElement()), namespaces)), answer));
            stubs.add(stub(operation, source, StubKind.soapAction(version), post(url)
                    .withRequestBody(envelope)
                    .withHeader("SOAPAction", soapActionNames), answer));
            stubs.add(stub(operation, source, StubKind.action(version), post(url)
                    .withRequestBody(envelope)
                    .withHeader("Content-Type", contentTypeNames), answer));
        }
        return stubs;
    }

    /** The documented answer in a SOAP version: the same Body, that version's envelope and Content-Type. */
    private ResponseDefinitionBuilder answer(SoapDetails soap, Sample sample, String soapVersion) {
        ResponseDefinitionBuilder answer = aResponse().withHeader("Content-Type", SoapDetails.contentType(soapVersion));
        if (sample == null) {
            return cors.add(answer.withStatus(200));
        }
        return cors.add(answer.withStatus(sample.response().status())
                .withBody(soap.inVersion(sample.response().body(), soapVersion)));
    }

    /** The Faults of an endpoint: for anything posted there that names none of its documented operations. */
    public List<StubMapping> endpointStubs(String endpointPath, List<Operation> operations) {
        String names = operationNames(operations);
        String soapVersion = operations.get(0).soap().soapVersion();
        String reason = "No documented operation of " + endpointPath + " matches this request (the first element "
                + "of the SOAP Body, or the SOAP action, names the operation); documented: " + names;
        String group = groupName(endpointPath);
        List<StubMapping> stubs = new ArrayList<>();
        stubs.add(post(urlPathEqualTo(endpointPath))
                .atPriority(StubKind.SOAP_11_FAULT.priority())
                .withRequestBody(containing(SoapDetails.SOAP_11_NS))
                .withId(StubIds.of(group, StubKind.SOAP_11_FAULT.label()))
                .withName(endpointPath + " fault (SOAP 1.1)")
                .withMetadata(StubRoute.pathMetadata(endpointPath, StubKind.SOAP_11_FAULT))
                .willReturn(cors.add(SoapFaults.senderFault("1.1", reason)))
                .build());
        stubs.add(post(urlPathEqualTo(endpointPath))
                .atPriority(StubKind.SOAP_FAULT.priority())
                .withId(StubIds.of(group, StubKind.SOAP_FAULT.label()))
                .withName(endpointPath + " fault")
                .withMetadata(StubRoute.pathMetadata(endpointPath, StubKind.SOAP_FAULT))
                .willReturn(cors.add(SoapFaults.senderFault(soapVersion, reason)))
                .build());
        return stubs;
    }

    /** The XPath of a body stub: the operation is the first element of the envelope's Body. */
    private static String operationXPath(String operationElement) {
        return ANY_ENVELOPE + "/*[1][self::op:" + operationElement + "]";
    }

    /** The same in an Envelope of one version (its Body in either namespace, as {@code SoapEnvelope} reads it). */
    private static String operationXPath(String soapVersion, String operationElement) {
        return envelopeXPath(soapVersion) + "/*[1][self::op:" + operationElement + "]";
    }

    private static String envelopeXPath(String soapVersion) {
        return "/" + ("1.1".equals(soapVersion) ? "env11" : "env12") + ":Envelope/*[self::env12:Body or self::env11:Body]";
    }

    /** The namespaces that operation XPath is written with; {@code op} is the operation's namespace. */
    private static Map<String, String> namespaces(String operationNamespace) {
        Map<String, String> namespaces = new TreeMap<>();
        namespaces.put("env11", SoapDetails.SOAP_11_NS);
        namespaces.put("env12", SoapDetails.SOAP_12_NS);
        namespaces.put("op", operationNamespace);
        return namespaces;
    }

    /** The endpoint's documented operation elements, sorted, comma-separated. */
    public static String operationNames(List<Operation> operations) {
        return String.join(", ", operations.stream().map(op -> op.soap().operationElement()).distinct().sorted()
                .toList());
    }

    private StubMapping stub(Operation operation, String source, StubKind kind, MappingBuilder builder,
                             ResponseDefinitionBuilder answer) {
        return builder.atPriority(kind.priority())
                .withId(StubIds.of(operation.id(), kind.label()))
                .withName(operation.id() + " " + kind.label())
                .withMetadata(StubRoute.metadata(operation, source, kind.label()))
                .willReturn(answer)
                .build();
    }
}
