package io.github.tenantsso.domain;

/** How a claim was verified. */
public enum VerificationMethod {
    /** The claim's token was found in the DNS TXT record. */
    DNS,
    /** A realm admin vouched for it. */
    ADMIN
}
