package io.github.tenantsso.importexport;

import io.github.tenantsso.common.Excerpt;
import io.github.tenantsso.signin.SessionLimits;

/**
 * Why a pack document is refused, as a whole: nothing of it is applied.
 *
 * @param field   the entry or field at fault, such as {@code domains[41].domain}; {@code null} for the document
 * @param message a sentence for people that starts with the field; it quotes the input only in {@link Excerpt}s
 */
public record ImportProblem(Code code, String field, String message) {

    /** The stable codes of the API's error shape, with the HTTP status each is answered with. */
    public enum Code {
        INVALID_DOCUMENT("invalid_document", 400),
        TOO_MANY_ENTRIES("too_many_entries", 400),
        DOCUMENT_TOO_LARGE("document_too_large", 413),
        DOMAIN_VERIFIED_ELSEWHERE("domain_verified_elsewhere", 409),
        OWN_CONNECTION("own_connection", 409),
        /** A tenant's session limit longer than the realm's SSO session limit. */
        SESSION_LIMIT_EXCEEDS_REALM(SessionLimits.EXCEEDS_REALM, 400),
        /** The database refused a write that validation allowed: another change raced the import. */
        IMPORT_CONFLICT("import_conflict", 409);

        private final String code;
        private final int status;

        Code(String code, int status) {
            this.code = code;
            this.status = status;
        }

        public String code() {
            return code;
        }

        public int status() {
            return status;
        }
    }

    static ImportProblem invalid(String field, String detail) {
        return new ImportProblem(Code.INVALID_DOCUMENT, field, field == null ? detail : field + ": " + detail);
    }

    static ImportProblem of(Code code, String field, String detail) {
        return new ImportProblem(code, field, field == null ? detail : field + ": " + detail);
    }
}
