package io.docmock.model;

import java.util.List;

final class Headers {
    private Headers() {
    }

    static String first(List<Header> headers, String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }
}
