package io.docmock.contracts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Verification results as JUnit XML (one testsuite, one testcase per interaction), for CI to show. */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(List<InteractionResult> results, String suiteName, Path file) throws IOException {
        try {
            Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            Element suite = document.createElement("testsuite");
            long failures = results.stream().filter(r -> !r.passed()).count();
            suite.setAttribute("name", suiteName);
            suite.setAttribute("tests", String.valueOf(results.size()));
            suite.setAttribute("failures", String.valueOf(failures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", "0");
            suite.setAttribute("time", seconds(results.stream().mapToLong(InteractionResult::millis).sum()));
            document.appendChild(suite);
            for (InteractionResult result : results) {
                Element testcase = document.createElement("testcase");
                testcase.setAttribute("classname", Path.of(result.pactFile()).getFileName().toString());
                testcase.setAttribute("name", result.description());
                testcase.setAttribute("time", seconds(result.millis()));
                if (!result.passed()) {
                    Element failure = document.createElement("failure");
                    failure.setAttribute("message", result.mismatches().get(0));
                    failure.setTextContent(String.join("\n", result.mismatches())
                            + (result.source().isEmpty() ? "" : "\ndocumented at " + result.source()));
                    testcase.appendChild(failure);
                }
                suite.appendChild(testcase);
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            try (OutputStream out = Files.newOutputStream(file)) {
                transformer.transform(new DOMSource(document), new StreamResult(out));
            }
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write JUnit XML to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
