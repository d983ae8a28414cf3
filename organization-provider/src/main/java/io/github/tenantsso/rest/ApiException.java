package io.github.tenantsso.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Ends a request with an {@link ApiError} body.
 */
public final class ApiException extends WebApplicationException {

    private ApiException(int status, ApiError error) {
        super(error.errorDescription(), Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build());
    }

    public static ApiException badRequest(String error, String description) {
        return new ApiException(400, new ApiError(error, description));
    }

    public static ApiException badRequest(String error, String description, String field) {
        return new ApiException(400, new ApiError(error, description, field, null));
    }

    public static ApiException notFound(String error, String description) {
        return new ApiException(404, new ApiError(error, description));
    }

    public static ApiException conflict(String error, String description) {
        return new ApiException(409, new ApiError(error, description));
    }

    public static ApiException conflict(String error, String description, List<String> values) {
        return new ApiException(409, new ApiError(error, description, null, values));
    }

    public static ApiException unprocessable(String error, String description) {
        return new ApiException(422, new ApiError(error, description));
    }

    public static ApiException unavailable(String error, String description) {
        return new ApiException(503, new ApiError(error, description));
    }
}
