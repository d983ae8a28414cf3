package io.github.tenantsso.importexport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads pack documents strictly (a misspelt field is an error, not a silent default) and writes them.
 */
public final class PackDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PackDocuments() {
    }

    public static PackDocument parse(String json) {
        try {
            PackDocument document = MAPPER.readValue(json, PackDocument.class);
            if (document == null) {
                throw new InvalidPackDocumentException("The tenant-sso document must be a JSON object.");
            }
            return document;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidPackDocumentException("Unknown field '" + e.getPropertyName() + "' in the tenant-sso document.");
        } catch (JsonProcessingException e) {
            throw new InvalidPackDocumentException("The tenant-sso document is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public static String write(PackDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
