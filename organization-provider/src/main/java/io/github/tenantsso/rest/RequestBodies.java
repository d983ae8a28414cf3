package io.github.tenantsso.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;

/**
 * Reads request bodies strictly, so that a typo in a field name is an error rather than a silently ignored value,
 * and every malformed body gets the API's own error shape. Errors name the field by its JSON path and the JSON type
 * it needs; they never carry Jackson's own message, which names Java classes and repeats the input.
 */
public final class RequestBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        // A number of seconds given as "10" or 1.5 is a mistake to name, not a value to guess.
        MAPPER.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    private RequestBodies() {}

    public static <T> T read(String body, Class<T> type) {
        return read(body, type, "invalid_request");
    }

    /** As {@link #read(String, Class)}, answering a malformed body with the resource's own error code. */
    public static <T> T read(String body, Class<T> type, String errorCode) {
        try {
            return parse(body, type);
        } catch (InvalidBody e) {
            throw ApiException.badRequest(errorCode, e.getMessage(), e.field);
        }
    }

    static <T> T parse(String body, Class<T> type) throws InvalidBody {
        if (body == null || body.isBlank()) {
            throw new InvalidBody("The request needs a JSON body.", null);
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new InvalidBody("The request body must be a JSON object.", null);
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = Echo.bounded(path(e));
            throw new InvalidBody("Unknown field '" + field + "'.", field);
        } catch (MismatchedInputException e) {
            String field = path(e);
            String needed = e.getTargetType() == null ? "a JSON value of another type" : jsonType(e.getTargetType());
            if (field.isEmpty()) {
                throw new InvalidBody("The request body must be " + needed + ".", null);
            }
            String shown = Echo.bounded(field);
            throw new InvalidBody("Field '" + shown + "' must be " + needed + ".", shown);
        } catch (JsonParseException e) {
            throw new InvalidBody(
                    "The request body is not valid JSON (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ").",
                    null);
        } catch (JsonProcessingException e) {
            throw new InvalidBody("The request body is not valid JSON for this request.", null);
        }
    }

    /** Why a body was refused, and the field at fault if one is. */
    static final class InvalidBody extends Exception {

        final String field;

        InvalidBody(String message, String field) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** The field's JSON path, such as {@code groupIds[2]} or {@code policy.hintParameter}; empty for the body itself. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a field of this Java type must be in JSON, with its article. */
    private static String jsonType(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == String.class || type == char.class || type == Character.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type == Object.class ? "a JSON value" : "an object";
    }
}
