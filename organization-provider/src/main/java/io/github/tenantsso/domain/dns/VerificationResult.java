package io.github.tenantsso.domain.dns;

import io.github.tenantsso.domain.dns.DnsLookupException.Kind;
import java.util.Objects;

/**
 * What a DNS check of a domain claim found at {@link #recordName()}. Published values are never repeated: they may
 * be other parties' tokens.
 */
public sealed interface VerificationResult {

    enum Outcome {
        VERIFIED,
        TOKEN_NOT_FOUND,
        LOOKUP_FAILED
    }

    Outcome outcome();

    /** The DNS name that was looked up, such as {@code _kc-tenant-sso.example.com}. */
    String recordName();

    /** The token was published at the record name. */
    record Verified(String recordName) implements VerificationResult {

        public Verified {
            Objects.requireNonNull(recordName, "recordName");
        }

        @Override
        public Outcome outcome() {
            return Outcome.VERIFIED;
        }
    }

    /** The name answered, but none of its {@code txtRecordsFound} TXT records holds the token. */
    record TokenNotFound(String recordName, int txtRecordsFound) implements VerificationResult {

        public TokenNotFound {
            Objects.requireNonNull(recordName, "recordName");
        }

        @Override
        public Outcome outcome() {
            return Outcome.TOKEN_NOT_FOUND;
        }
    }

    /** No answer could be had; {@code message} says why, in words for an admin. */
    record LookupFailed(String recordName, Kind kind, String message) implements VerificationResult {

        public LookupFailed {
            Objects.requireNonNull(recordName, "recordName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Outcome outcome() {
            return Outcome.LOOKUP_FAILED;
        }
    }
}
