package io.docmock.mock.internal;

/**
 * What each stub docmock writes is for, and its priority: the whole ordering of the mock on one screen. WireMock
 * tries stubs by priority (lower first), then the most recently added first; {@code label} is the {@code kind}
 * written into each stub's metadata (REST kinds add {@code =value}: {@code prefer code=404}).
 *
 * <p>Order: CORS preflights and docmock's own pages (request history, health) before anything; then each REST path's band, from the least
 * loose path template to the loosest (literal segments before typed parameters before strings, see
 * {@code PathTemplate#looseness}), inside a band {@code Prefer: code} before {@code Prefer: example} before an
 * undocumented code before the default answer; SOAP at an endpoint: a Fault when the action disagrees with the
 * Body, then the Body's operation, then an action naming an operation, each answered in the SOAP version of the
 * request's Envelope (one stub per version), then the endpoint's Faults; last of all, the
 * 404 naming the closest operations.
 */
public enum StubKind {
    CORS_PREFLIGHT("cors preflight", 1),
    REQUEST_HISTORY("request history", 1),
    HEALTH("health", 1),
    WSDL("wsdl", 1),
    RECORDED_PACT("recorded pact", 1),
    CATALOGUE("catalogue", 1),

    PREFER_CODE("prefer code", StubKind.FIRST),
    PREFER_EXAMPLE("prefer example", StubKind.FIRST + 1),
    PREFER_UNDOCUMENTED_CODE("prefer undocumented code", StubKind.FIRST + 2),
    DEFAULT_ANSWER("default", StubKind.FIRST + 3),

    SOAPACTION_DISAGREES("soapaction disagrees", StubKind.FIRST),
    ACTION_DISAGREES("action disagrees", StubKind.FIRST),
    SOAP_11_BODY("body 1.1", StubKind.FIRST + 1),
    SOAP_12_BODY("body 1.2", StubKind.FIRST + 1),
    SOAPACTION_11("soapaction 1.1", StubKind.FIRST + 2),
    SOAPACTION_12("soapaction 1.2", StubKind.FIRST + 2),
    ACTION_11("action 1.1", StubKind.FIRST + 2),
    ACTION_12("action 1.2", StubKind.FIRST + 2),
    SOAP_11_FAULT("fault 1.1", StubKind.FIRST + 3),
    SOAP_FAULT("fault", StubKind.FIRST + 4),

    NO_DOCUMENTED_OPERATION("no documented operation", 1_000_000);

    /** The first priority after the preflight's and docmock's own pages'. */
    private static final int FIRST = 2;
    /** How wide one REST path's band of priorities is; a looser path template gets a later band. */
    private static final int REST_BAND = 10;

    private final String label;
    private final int priority;

    StubKind(String label, int priority) {
        this.label = label;
        this.priority = priority;
    }

    /** The {@code kind} in a stub's metadata. */
    public String label() {
        return label;
    }

    /** The priority of a stub of this kind; for REST kinds, at a path template of looseness 0. */
    public int priority() {
        return priority;
    }

    /** The priority of a REST stub of this kind at a path template this loose. */
    public int priority(int looseness) {
        return priority + looseness * REST_BAND;
    }

    /** The label with a value: {@code prefer code=404}. */
    public String label(Object value) {
        return label + "=" + value;
    }

    /** The kind a metadata {@code kind} names ({@code prefer code=404} is {@link #PREFER_CODE}), or null. */
    public static StubKind of(String label) {
        if (label == null) {
            return null;
        }
        int equals = label.indexOf('=');
        String name = equals < 0 ? label : label.substring(0, equals);
        for (StubKind kind : values()) {
            if (kind.label.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** SOAP stubs are filed under their endpoint by operation and kind. */
    public boolean isSoap() {
        return switch (this) {
            case SOAPACTION_DISAGREES, ACTION_DISAGREES, SOAP_11_BODY, SOAP_12_BODY, SOAPACTION_11, SOAPACTION_12,
                 ACTION_11, ACTION_12, SOAP_11_FAULT, SOAP_FAULT -> true;
            default -> false;
        };
    }

    /** The SOAP version of the Envelopes a stub of this kind takes and answers in, 1.1 or 1.2; null for any. */
    public String soapVersion() {
        return switch (this) {
            case SOAP_11_BODY, SOAPACTION_11, ACTION_11 -> "1.1";
            case SOAP_12_BODY, SOAPACTION_12, ACTION_12 -> "1.2";
            default -> null;
        };
    }

    /** The Body stub of a SOAP version. */
    public static StubKind body(String soapVersion) {
        return "1.1".equals(soapVersion) ? SOAP_11_BODY : SOAP_12_BODY;
    }

    /** The SOAPAction stub of a SOAP version. */
    public static StubKind soapAction(String soapVersion) {
        return "1.1".equals(soapVersion) ? SOAPACTION_11 : SOAPACTION_12;
    }

    /** The Content-Type action stub of a SOAP version. */
    public static StubKind action(String soapVersion) {
        return "1.1".equals(soapVersion) ? ACTION_11 : ACTION_12;
    }

    /** An endpoint's Faults: candidates for every request to it. */
    public boolean isSoapFault() {
        return this == SOAP_11_FAULT || this == SOAP_FAULT;
    }
}
