package io.docmock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of a documented path that routing, validation, stubs, contracts and lint share. */
class PathTemplateTest {
    private static Parameter typed(String name, String type) {
        return new Parameter(name, type, "", true);
    }

    @Test
    void aWholeSegmentParameterIsTypedAndTheRegexIsPortable() {
        PathTemplate template = PathTemplate.of("/api/v1/Contact/{id}", List.of(typed("id", "int32")));
        assertEquals("/api/v1/Contact/-?[0-9]+/?", template.regex());
        assertEquals(2, template.looseness());
        assertTrue(template.matches("/api/v1/Contact/17"));
        assertTrue(template.matches("/api/v1/Contact/17/"));
        assertFalse(template.matches("/api/v1/Contact/abc"));
        assertEquals(List.of(new PathTemplate.Mismatch("id", "int32", "abc")),
                template.mismatches("/api/v1/Contact/abc"));
    }

    @Test
    void aParameterInsideASegmentIsTypedTheSameWay() {
        PathTemplate template = PathTemplate.of("/Archive/{id}.json", List.of(typed("id", "int32")));
        assertEquals("/Archive/-?[0-9]+\\.json/?", template.regex());
        assertFalse(template.segments().get(1).isLiteral());
        assertTrue(template.matches("/Archive/5.json"));
        assertEquals(List.of(new PathTemplate.Mismatch("id", "int32", "abc")), template.mismatches("/Archive/abc.json"));
        assertEquals(List.of(), template.mismatches("/Archive/5.json"));
        assertEquals(List.of(), template.mismatches("/Archive/5.xml"), "not its shape: nothing to name");
    }

    @Test
    void literalSegmentsCostNothingAndStringsMostOfAll() {
        assertEquals(0, PathTemplate.of("/List/default").looseness());
        assertEquals(1, PathTemplate.of("/Field/{kind}", List.of(typed("kind", "Enum: A, B"))).looseness());
        assertEquals(3, PathTemplate.of("/List/{name}", List.of(typed("name", "string"))).looseness());
    }

    @Test
    void segmentsAreSplitOneWay() {
        assertEquals(List.of("a", "b"), PathTemplate.segmentsOf("/a/b/"));
        assertEquals(List.of("a", "", "b"), PathTemplate.segmentsOf("/a//b"));
        assertEquals(List.of(), PathTemplate.segmentsOf("/"));
        assertEquals(List.of(), PathTemplate.segmentsOf(""));
        assertTrue(PathTemplate.hasParameter("{id}.json"));
        assertFalse(PathTemplate.hasParameter("{}"), "nothing inside the braces: a literal");
    }

    @Test
    void examplesTakeEachParametersTypeByNameElseByPosition() {
        List<Parameter> documented = List.of(typed("sourceContactId", "int32"), typed("kind", "Enum: Person, Company"));
        // sample targets may name the parameters otherwise than the table does
        assertEquals("/Contact/17/MergeTo/Person?x=1",
                PathTemplate.of("/Contact/{id}/MergeTo/{to}?x=1", documented).example());
        assertEquals("/Contact/Person", PathTemplate.of("/Contact/{kind}", documented).example());
    }

    @Test
    void shapesCompareLiteralsWithoutCaseAndParametersAsAnything() {
        PathTemplate documented = PathTemplate.of("/api/v1/Things/{id}");
        assertTrue(documented.sameShape("/api/v1/things/{thingId}"));
        assertTrue(documented.sameShape("/api/v1/Things/17?select=a"));
        assertFalse(documented.sameShape("/api/v1/Thing/{id}"));
        assertFalse(documented.sameShape("/api/v1/Things"));
    }
}
