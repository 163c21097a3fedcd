package com.example.passwords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A consumer's client of two password operations of the SuperOffice REST API. */
public final class PasswordClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    public PasswordClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Changes the caller's own password; true when it was changed. */
    public boolean changeOwnPassword(String oldPassword, String newPassword) throws IOException, InterruptedException {
        return post("/api/v1/Agents/User/ChangeOwnPassword",
                Map.of("OldPassword", oldPassword, "NewPassword", newPassword)).asBoolean();
    }

    /** Sends a user the e-mail to change their password; true when it went out. */
    public boolean sendChangePasswordEmail(int associateId) throws IOException, InterruptedException {
        return post("/api/v1/Agents/User/SendChangePasswordEMail", Map.of("AssociateId", associateId))
                .path("Success").asBoolean();
    }

    private JsonNode post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
