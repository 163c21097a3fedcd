package io.docmock.mock.internal;

import io.docmock.model.BodySchema;
import io.docmock.model.ExampleValues;
import io.docmock.model.Property;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plausible JSON body for a documented type when the docs give no sample: each property a value of its type. */
public final class ExampleBody {
    private ExampleBody() {
    }

    /** The JSON text, or null when the schema documents nothing to send. */
    public static String json(BodySchema schema) {
        if (schema == null) {
            return null;
        }
        if (!schema.properties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Property property : schema.properties()) {
                object.put(property.name(), ExampleValues.of(property.type(), property.name()));
            }
            return Json.write(object);
        }
        if (schema.typeName().isBlank()) {
            return null;
        }
        return Json.write(ExampleValues.of(schema.typeName(), "value"));
    }
}
