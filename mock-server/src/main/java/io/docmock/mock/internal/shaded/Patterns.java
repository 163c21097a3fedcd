package io.docmock.mock.internal.shaded;

import com.github.tomakehurst.wiremock.matching.ContainsPattern;
import com.github.tomakehurst.wiremock.matching.EqualToPattern;
import com.github.tomakehurst.wiremock.matching.MatchesXPathPattern;
import com.github.tomakehurst.wiremock.matching.RegexPattern;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import java.util.Map;
import wiremock.com.fasterxml.jackson.annotation.JsonProperty;

/**
 * WireMock's own patterns, made without the cost of its constructors' null check: that check names the pattern
 * for its message by parsing the constructor's annotations with reflection, every time, which was most of the
 * time spent building the stubs of 10,000 operations. These are WireMock's pattern classes (they match, compare
 * and write to JSON as those do); the values given here are never null, so the check has nothing to find.
 */
public final class Patterns {
    private Patterns() {
    }

    public static StringValuePattern equalTo(String value) {
        return new EqualTo(value);
    }

    public static StringValuePattern matching(String regex) {
        return new Matching(regex);
    }

    public static StringValuePattern containing(String value) {
        return new Containing(value);
    }

    public static StringValuePattern matchingXPath(String xpath, Map<String, String> namespaces) {
        return new MatchingXPath(xpath, namespaces);
    }

    public static UrlPattern urlPathEqualTo(String path) {
        return new UrlPathPattern(equalTo(path), false);
    }

    public static UrlPattern urlPathMatching(String regex) {
        return new UrlPathPattern(matching(regex), true);
    }

    // each constructor's first parameter carries the JSON name WireMock reads when it writes the pattern

    private static final class EqualTo extends EqualToPattern {
        EqualTo(@JsonProperty("equalTo") String value) {
            super(value);
        }

        @Override
        protected boolean isNullValuePermitted() {
            return true;
        }
    }

    private static final class Matching extends RegexPattern {
        Matching(@JsonProperty("matches") String regex) {
            super(regex);
        }

        @Override
        protected boolean isNullValuePermitted() {
            return true;
        }
    }

    private static final class Containing extends ContainsPattern {
        Containing(@JsonProperty("contains") String value) {
            super(value);
        }

        @Override
        protected boolean isNullValuePermitted() {
            return true;
        }
    }

    private static final class MatchingXPath extends MatchesXPathPattern {
        MatchingXPath(@JsonProperty("matchesXPath") String xpath, Map<String, String> namespaces) {
            super(xpath, namespaces);
        }

        @Override
        protected boolean isNullValuePermitted() {
            return true;
        }
    }
}
