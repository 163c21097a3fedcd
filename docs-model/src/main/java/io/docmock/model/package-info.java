/**
 * The operation model, plain records read from the docs (operations, parameters, samples, sources), and the small
 * facts every module shares about them: a documented path ({@link io.docmock.model.PathTemplate}), a request target
 * ({@link io.docmock.model.RequestTarget}), bodies and statuses ({@link io.docmock.model.HttpBodies}), type names
 * ({@link io.docmock.model.TypeKind}).
 */
package io.docmock.model;
