package io.github.tenantsso.domain;

/** Only verified claims ever route. */
public enum ClaimStatus {
    PENDING,
    VERIFIED
}
