package io.docmock.model;

import java.util.List;

/**
 * One documented operation, REST or SOAP: the unit every docmock output is built from.
 *
 * @param id              stable id: front matter {@code uid} or {@code id}, else the file name
 * @param protocol        REST or SOAP
 * @param title           the page's H1 (or front matter title)
 * @param summary         the first paragraph of description
 * @param method          HTTP method ({@code POST} for SOAP)
 * @param path            path template ({@code /api/v1/Contact/{contactId}}), for SOAP the endpoint path
 * @param pathParameters  one per {@code {name}} in the path, typed from the path part table where documented
 * @param queryParameters documented query string parameters
 * @param requestHeaders  documented request headers
 * @param requestBody     documented request body, or null
 * @param responses       the status table, in the page's order
 * @param samples         documented examples, in the page's order
 * @param restrictions    admonitions such as {@code Online Restricted: ...}
 * @param soap            SOAP details, null for REST
 * @param source          the page and the line the operation starts at
 */
public record Operation(String id, Protocol protocol, String title, String summary, String method, String path,
                        List<Parameter> pathParameters, List<Parameter> queryParameters,
                        List<Parameter> requestHeaders, BodySchema requestBody,
                        List<DocumentedResponse> responses, List<Sample> samples, List<String> restrictions,
                        SoapDetails soap, Source source) {
    public Operation {
        pathParameters = List.copyOf(pathParameters);
        queryParameters = List.copyOf(queryParameters);
        requestHeaders = List.copyOf(requestHeaders);
        responses = List.copyOf(responses);
        samples = List.copyOf(samples);
        restrictions = List.copyOf(restrictions);
    }

    /** A short human label: {@code POST /api/v1/Agents/User/GetUser} or {@code SOAP Services88 User.ChangePassword}. */
    public String label() {
        if (protocol == Protocol.SOAP && soap != null) {
            return "SOAP " + soap.endpointPath() + " " + soap.operationElement();
        }
        return method + " " + path;
    }

    /** The statuses the docs give it, in order: its status table's and its sample responses'. */
    public java.util.SortedSet<Integer> statuses() {
        java.util.SortedSet<Integer> statuses = new java.util.TreeSet<>();
        responses.forEach(response -> statuses.add(response.status()));
        samples.stream().filter(sample -> sample.response() != null)
                .forEach(sample -> statuses.add(sample.response().status()));
        return statuses;
    }

    /** The same operation with other samples (those a consumer's requests were answered with). */
    public Operation withSamples(List<Sample> otherSamples) {
        return new Operation(id, protocol, title, summary, method, path, pathParameters, queryParameters,
                requestHeaders, requestBody, responses, otherSamples, restrictions, soap, source);
    }
}
