/** Which documented operation a request is for: the one rule the mock, its validation and check-pact share. */
package io.docmock.route;
