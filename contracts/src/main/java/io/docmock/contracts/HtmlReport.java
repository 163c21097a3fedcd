package io.docmock.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Results as one self-contained HTML page (no script, font or style sheet from elsewhere): every interaction,
 * passed or failed, each mismatch, and a link to the documented page at its line.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static void write(List<InteractionResult> results, String title, Path file) throws IOException {
        long failed = results.stream().filter(r -> !r.passed()).count();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}")
                .append("li{margin:.5em 0}.pass{color:#176f2c}.fail{color:#b00020}")
                .append("code{background:#f4f4f4;padding:0 .2em}ul.m{margin:.2em 0 0 1em}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(results.size() - failed).append(" passed, ").append(failed).append(" failed</p>\n<ol>\n");
        for (InteractionResult result : results) {
            html.append("<li><span class=\"").append(result.passed() ? "pass\">PASS" : "fail\">FAIL")
                    .append("</span> ").append(escape(result.description()));
            if (!result.source().isEmpty()) {
                html.append(" &mdash; documented at <a href=\"").append(escape(link(result.source()))).append("\">")
                        .append(escape(result.source())).append("</a>");
            }
            html.append(" <small>(").append(escape(result.pactFile())).append(")</small>");
            if (!result.passed()) {
                html.append("\n<ul class=\"m\">");
                result.mismatches().forEach(m -> html.append("<li><code>").append(escape(m)).append("</code></li>"));
                html.append("</ul>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</body>\n</html>\n");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** {@code docs/a.md:12} as a link to the page at that line, in the form code hosts and editors understand. */
    private static String link(String source) {
        int colon = source.lastIndexOf(':');
        String page = colon < 0 ? source : source.substring(0, colon);
        String line = colon < 0 ? "" : "#L" + source.substring(colon + 1);
        return Path.of(page).toAbsolutePath().normalize().toUri() + line;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
