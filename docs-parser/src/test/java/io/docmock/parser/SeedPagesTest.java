package io.docmock.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;
import io.docmock.model.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPagesTest {
    private final DocsParser parser = DocsParser.builder().build();

    private Operation only(String seedPrefix) throws Exception {
        DocsModel model = parser.parse(List.of(TestDocs.seed(seedPrefix)));
        assertEquals(List.of(), model.warnings());
        assertEquals(1, model.operations().size());
        return model.operations().get(0);
    }

    @Test
    void allSeedsGiveThreeRestAndTwoSoapOperationsWithoutWarnings() throws Exception {
        DocsModel model = parser.parse(List.of(TestDocs.seedsFolder()));
        assertEquals(5, model.pagesRead());
        assertEquals(3, model.count(Protocol.REST));
        assertEquals(2, model.count(Protocol.SOAP));
        assertEquals(List.of(), model.skipped());
        assertEquals(List.of(), model.warnings());
    }

    @Test
    void restPageWithQueryHeadersBodyAndResponseTable() throws Exception {
        Operation op = only("000_");
        assertEquals("v1UserAgent_SendChangePasswordEMail", op.id());
        assertEquals(Protocol.REST, op.protocol());
        assertEquals("POST Agents/User/SendChangePasswordEMail", op.title());
        assertEquals("Send a change password email to this users registered address.", op.summary());
        assertEquals("POST", op.method());
        assertEquals("/api/v1/Agents/User/SendChangePasswordEMail", op.path());
        assertEquals(List.of(), op.pathParameters());
        assertEquals("$select", op.queryParameters().get(0).name());
        assertEquals("string", op.queryParameters().get(0).type());
        assertEquals(9, op.requestHeaders().size());
        assertEquals("Authorization", op.requestHeaders().get(0).name());
        assertEquals("request", op.requestBody().typeName());
        assertEquals("AssociateId", op.requestBody().properties().get(0).name());
        assertEquals("Integer", op.requestBody().properties().get(0).type());
        assertEquals(1, op.responses().size());
        assertEquals(200, op.responses().get(0).status());
        assertEquals("OperationResult", op.responses().get(0).body().typeName());
        assertEquals(List.of("Success", "Message"),
                op.responses().get(0).body().properties().stream().map(p -> p.name()).toList());
        assertEquals("bool", op.responses().get(0).body().properties().get(0).type());
        assertTrue(op.restrictions().get(0).startsWith("Online Restricted: The User agent is not available"));
        assertEquals(1, op.samples().size());
        Sample sample = op.samples().get(0);
        assertEquals("POST", sample.request().method());
        assertEquals("/api/v1/Agents/User/SendChangePasswordEMail", sample.request().target());
        assertEquals("Basic dGplMDpUamUw", sample.request().header("authorization"));
        assertEquals("{\n  \"AssociateId\": 359\n}", sample.request().body());
        assertEquals(200, sample.response().status());
        assertEquals("OK", sample.response().reason());
        assertEquals("application/json; charset=utf-8", sample.response().header("Content-Type"));
        assertTrue(sample.response().body().contains("\"Message\": \"repellendus\""));
        assertEquals(7, op.source().line());
        assertEquals(73, sample.request().source().line());
        assertEquals(87, sample.response().source().line());
    }

    @Test
    void noContentPageWithEmptyResponseBodySectionAndNullSample() throws Exception {
        Operation op = only("001_");
        assertEquals("v1PersonAgent_SendCustomerCentrePasswordEmail", op.id());
        assertEquals(List.of(), op.restrictions());
        assertEquals(4, op.requestBody().properties().size());
        assertEquals(204, op.responses().get(0).status());
        assertNull(op.responses().get(0).body(), "a 204 has no body, whatever type the page names");
        assertEquals(204, op.samples().get(0).response().status());
        assertEquals("No Content", op.samples().get(0).response().reason());
        assertEquals("null", op.samples().get(0).response().body());
        assertEquals("sv", op.samples().get(0).request().header("Accept-Language"));
    }

    @Test
    void pageWithIdKeyPlainResponseBodyLineAndResponseWithoutHeading() throws Exception {
        Operation op = only("002_");
        assertEquals("v1UserAgent_ChangeOwnPassword", op.id());
        assertEquals("ChangeOwnPassword", op.title());
        assertEquals("bool", op.responses().get(0).body().typeName());
        assertEquals(List.of("OldPassword", "NewPassword"),
                op.requestBody().properties().stream().map(p -> p.name()).toList());
        Sample sample = op.samples().get(0);
        assertNotNull(sample.request());
        assertEquals("true", sample.response().body());
    }

    @Test
    void soapPageServices88() throws Exception {
        Operation op = only("003_");
        assertEquals("services88-user-changepassword", op.id());
        assertEquals(Protocol.SOAP, op.protocol());
        assertEquals("Services88 User ChangePassword SOAP", op.title());
        assertEquals("Change password for a user.", op.summary());
        assertEquals("Services88", op.soap().serviceVersion());
        assertEquals("User", op.soap().agent());
        assertEquals("/Remote/Services88/User.svc", op.soap().endpointPath());
        assertEquals("ChangePassword", op.soap().operationElement());
        assertEquals("http://www.superoffice.net/ws/crm/NetServer/Services88", op.soap().operationNamespace());
        assertEquals("ChangePasswordResponse", op.soap().responseElement());
        assertEquals("1.2", op.soap().soapVersion());
        assertEquals(List.of("associateId", "oldPassword", "newPassword"),
                op.soap().parameters().stream().map(p -> p.name()).toList());
        assertEquals("True if the password was successfully changed.", op.soap().returns());
        assertTrue(op.restrictions().get(0).startsWith("Online Restricted: The User agent"));
        Sample sample = op.samples().get(0);
        assertTrue(sample.request().body().contains("<User:ChangePassword>"));
        assertTrue(sample.response().body().contains("<User:ChangePasswordResponse>"));
        assertEquals("application/soap+xml; charset=utf-8", sample.response().header("Content-Type"));
        assertEquals(32, sample.request().source().line());
        assertEquals(61, sample.response().source().line());
    }

    @Test
    void soapPageServices86WithNumericGeneratedFlag() throws Exception {
        Operation op = only("004_");
        assertEquals("Services86-User-GenerateNewPasswordForExternalUser", op.id());
        assertEquals("Services86", op.soap().serviceVersion());
        assertEquals("/Remote/Services86/User.svc", op.path());
        assertEquals("GenerateNewPasswordForExternalUser", op.soap().operationElement());
        assertEquals("http://www.superoffice.net/ws/crm/NetServer/Services86", op.soap().operationNamespace());
        assertEquals(List.of("associateName"), op.soap().parameters().stream().map(p -> p.name()).toList());
        assertEquals("Returns the generated password.", op.soap().returns());
    }

    @Test
    void sameDocsGiveTheSameModel() throws Exception {
        DocsModel first = parser.parse(List.of(TestDocs.seedsFolder()));
        DocsModel second = DocsParser.builder().parallel(false).build().parse(List.of(TestDocs.seedsFolder()));
        assertEquals(first, second);
    }
}
