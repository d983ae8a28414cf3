package io.github.tenantsso.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The one shape of every error body of the pack's REST API: a stable machine-readable {@code error} code, a sentence
 * for people, and where it helps, the request field at fault and the values concerned, or the authorization request
 * parameters a client should start a login with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String errorDescription,
        @JsonProperty("field") String field,
        @JsonProperty("values") List<String> values,
        @JsonProperty("authorization_parameters") Map<String, String> authorizationParameters) {

    public ApiError(String error, String errorDescription) {
        this(error, errorDescription, null, null, null);
    }

    public ApiError(String error, String errorDescription, String field, List<String> values) {
        this(error, errorDescription, field, values, null);
    }
}
