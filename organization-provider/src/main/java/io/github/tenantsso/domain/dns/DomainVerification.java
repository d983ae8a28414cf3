package io.github.tenantsso.domain.dns;

import io.github.tenantsso.domain.DomainName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a domain claim is proven: the claim's token must be published as a TXT record at
 * {@code _kc-tenant-sso.<domain>}. Other TXT records at that name are ignored.
 */
public final class DomainVerification {

    public static final String RECORD_PREFIX = "_kc-tenant-sso.";

    /** The DNS name that holds the token for {@code domain}, in ASCII (IDN labels in punycode). */
    public static String recordName(DomainName domain) {
        return RECORD_PREFIX + domain.value();
    }

    /**
     * Looks the record up and compares each TXT value with {@code expectedToken}, both stripped of surrounding
     * whitespace (DNS consoles tend to add some).
     *
     * @throws IllegalArgumentException if {@code expectedToken} is blank, which would match an empty record
     */
    public VerificationResult check(DomainName domain, String expectedToken, TxtRecordLookup lookup) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(lookup, "lookup");
        if (expectedToken == null || expectedToken.isBlank()) {
            throw new IllegalArgumentException("The verification token must not be blank.");
        }
        String name = recordName(domain);
        List<String> records;
        try {
            records = lookup.txtRecords(name);
        } catch (DnsLookupException e) {
            return new VerificationResult.LookupFailed(name, e.kind(), e.getMessage());
        }
        byte[] expected = expectedToken.strip().getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (String record : records) {
            // Constant time, so that a timing of the comparison tells nothing about the token.
            found |= MessageDigest.isEqual(expected, record.strip().getBytes(StandardCharsets.UTF_8));
        }
        return found
                ? new VerificationResult.Verified(name)
                : new VerificationResult.TokenNotFound(name, records.size());
    }
}
