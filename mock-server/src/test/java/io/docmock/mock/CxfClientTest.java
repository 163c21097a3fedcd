package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.docmock.model.DocsModel;
import io.docmock.parser.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.jaxws.endpoint.dynamic.JaxWsDynamicClientFactory;
import org.apache.cxf.jaxws.interceptors.HolderInInterceptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Apache CXF, a SOAP stack nobody here wrote, builds its client from the WSDL the mock serves at {@code ?wsdl}
 * (its dynamic client compiles the WSDL's schema with XJC, as {@code wsdl2java} would), then calls a documented
 * operation over the WSDL's SOAP 1.1 and SOAP 1.2 ports and reads the documented value: for an agent whose WSDL is
 * inferred from the samples (the seeds' User) and for one whose WSDL page is in the docs (the corpus's TimeZone).
 */
class CxfClientTest {
    private static final String SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88";

    @ParameterizedTest(name = "SOAP {0} binding")
    @ValueSource(strings = {"BasicHttpBinding_User", "Soap12Binding_User"})
    void callsAnOperationOfAnInferredWsdl(String port) throws Exception {
        DocsModel seeds = TestDocs.seeds();
        try (DocMockServer server = DocMockServer.builder().port(0).build(seeds.operations())
                .start(seeds.operations(), seeds.wsdls())) {
            Object[] answer = call(server.baseUrl() + "/Remote/Services88/User.svc?wsdl",
                    new QName(SERVICES88, "UserService"), new QName(SERVICES88, port),
                    "ChangePassword", 0, "", "");
            // documented: <User:Response xsi:type="xsd:boolean">false</User:Response>
            assertEquals(List.of(false), List.of(answer));
        }
    }

    @Test
    void callsAnOperationOfTheDocsWsdlPage() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        try (DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls())) {
            Object[] answer = call(server.baseUrl() + "/Remote/Services88/TimeZone.svc?wsdl",
                    new QName(SERVICES88, "WcfTimeZoneService"), new QName(SERVICES88, "BasicHttpBinding_TimeZone"),
                    "TimeOfLastTimeZoneUpdate");
            // documented: <TimeZone:Response xsi:type="xsd:dateTime">2025-04-01T12:28:00Z</TimeZone:Response>
            assertEquals("2025-04-01T12:28:00Z", String.valueOf(answer[0]));
        }
    }

    /**
     * Every operation of every SOAP endpoint of the corpus without a WSDL page, called with no arguments over both
     * ports of its inferred WSDL: CXF compiles each inferred schema and reads each documented answer by it.
     */
    @TestFactory
    Stream<DynamicTest> callsEveryOperationOfEveryInferredWsdl() throws Exception {
        DocsModel corpus = TestDocs.corpusOrSkip();
        DocMockServer server = DocMockServer.builder().port(0).build(corpus.operations())
                .start(corpus.operations(), corpus.wsdls());
        return SoapClientRun.everyInferredOperation(corpus, server.baseUrl()).stream()
                .map(call -> DynamicTest.dynamicTest(call.key(), () -> {
                    String ns = call.namespace();
                    assertNotNull(call(call.wsdlUrl(), new QName(ns, call.service()), new QName(ns, call.port()),
                            call.operation(), new Object[call.parameters()]));
                }))
                .onClose(server::close);
    }

    /**
     * What every JAXB user of a WCF WSDL passes to {@code wsdl2java -b}: WCF declares an optional nillable element
     * and a global element of one name, for which XJC would generate the same factory method twice.
     */
    private static Path WCF_BINDINGS;

    @BeforeAll
    static void writeBindings(@TempDir Path folder) throws Exception {
        WCF_BINDINGS = Files.writeString(folder.resolve("wcf.xjb"), "<bindings xmlns=\"https://jakarta.ee/xml/ns/jaxb\""
                + " version=\"3.0\"><globalBindings generateElementProperty=\"false\"/></bindings>");
    }

    private static Object[] call(String wsdl, QName service, QName port, String operation, Object... arguments)
            throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Client client = JaxWsDynamicClientFactory.newInstance().createClient(wsdl, service,
                CxfClientTest.class.getClassLoader(), port, List.of(WCF_BINDINGS.toUri().toString()));
        // the dynamic client has no Holder parameters for the header parts a WCF WSDL declares on the output
        // (wsdl2java's generated interface has them); the Body is what this test reads
        client.getEndpoint().getInInterceptors().removeIf(HolderInInterceptor.class::isInstance);
        try {
            return client.invoke(operation, arguments);
        } finally {
            client.destroy();
            // the factory leaves the classes it compiled as the thread's class loader
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
