package io.github.tenantsso.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads request bodies strictly, so that a typo in a field name is an error rather than a silently ignored value,
 * and every malformed body gets the API's own error shape.
 */
public final class RequestBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestBodies() {
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("invalid_request", "The request needs a JSON body.");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("invalid_request", "The request body must be a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("invalid_request", "Unknown field '" + e.getPropertyName() + "'.", e.getPropertyName());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid_request", "The request body is not valid JSON for this request: " + e.getOriginalMessage());
        }
    }
}
