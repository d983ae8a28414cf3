package io.github.tenantsso.rest;

import io.github.tenantsso.common.StorageException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Ends a request with an {@link ApiError} body.
 */
public final class ApiException extends WebApplicationException {

    private ApiException(int status, ApiError error) {
        super(
                error.errorDescription(),
                Response.status(status)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(error)
                        .build());
    }

    private ApiException(Response response) {
        super(((ApiError) response.getEntity()).errorDescription(), response);
    }

    /** An error whose status and code come from elsewhere, such as a refused import's {@code ImportProblem}. */
    public static ApiException of(int status, ApiError error) {
        return new ApiException(status, error);
    }

    public static ApiException badRequest(String error, String description) {
        return new ApiException(400, new ApiError(error, description));
    }

    public static ApiException badRequest(String error, String description, String field) {
        return new ApiException(400, new ApiError(error, description, field, null));
    }

    /** A missing, invalid or expired bearer token (RFC 6750). */
    public static ApiException invalidToken(String description) {
        ApiError error = new ApiError("invalid_token", description);
        return new ApiException(Response.status(401)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .entity(error)
                .build());
    }

    public static ApiException forbidden(String error, String description) {
        return new ApiException(403, new ApiError(error, description));
    }

    /** OpenID Connect's {@code login_required}, with the authorization request parameters that lead to the login. */
    public static ApiException loginRequired(String description, Map<String, String> authorizationParameters) {
        return new ApiException(403, new ApiError("login_required", description, null, null, authorizationParameters));
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

    /**
     * A change the database did not store: 503 {@code retry_later} with {@code Retry-After} when a concurrent change
     * held a lock, else 500 {@code storage_failed}; never a 409, which would blame the request's data.
     */
    public static ApiException storage(StorageException e) {
        if (e.retryable()) {
            return new ApiException(Response.status(503)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .entity(new ApiError("retry_later", e.getMessage()))
                    .build());
        }
        return new ApiException(500, new ApiError("storage_failed", e.getMessage()));
    }

    public static ApiException unavailable(String error, String description) {
        return new ApiException(503, new ApiError(error, description));
    }
}
