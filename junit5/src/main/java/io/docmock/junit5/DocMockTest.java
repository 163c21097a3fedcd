package io.docmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One mock of the docs for the test class, on a free port: its tests (and its {@code @Nested} classes) take a
 * {@link DocMockRuntimeInfo} parameter; the request history is cleared before each test, and a request the docs do
 * not answer fails the test that sent it.
 *
 * <pre>{@code
 * @DocMockTest(docs = "classpath:api-docs")
 * class ClientTest {
 *     @Test void readsAList(DocMockRuntimeInfo mock) { new Client(mock.baseUrl()).list(5); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DocMockExtension.class)
public @interface DocMockTest {
    /** Folders or pages, or class path folders as {@code classpath:api-docs}. */
    String[] docs();

    /** Whether requests that do not fit the docs are refused (the default) or answered anyway. */
    boolean validate() default true;

    /** Whether a request no documented operation answered, or that validation refused, fails the test. */
    boolean failOnUnmatched() default true;
}
