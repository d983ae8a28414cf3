package io.github.tenantsso.domain.dns;

import java.util.List;

/**
 * Reads the TXT records published at a DNS name.
 */
@FunctionalInterface
public interface TxtRecordLookup {

    /**
     * The TXT records at {@code name}, each with its character-strings joined without separator (as RFC 7208
     * section 3.3 does for SPF), in the order the resolver gave them.
     *
     * @return an empty list when the name does not exist (NXDOMAIN) or has no TXT records
     * @throws DnsLookupException when no answer could be had: a timeout, a failing resolver, a malformed answer
     */
    List<String> txtRecords(String name) throws DnsLookupException;
}
