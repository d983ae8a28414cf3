package io.github.tenantsso.policy;

/**
 * What routing does for a new user whose e-mail domain several tenants have verified, with no tenant hint.
 */
public enum AmbiguousNewUser {
    /** No SSO redirect: the default method, with a note that the organization's own sign-in link is needed. */
    BLOCK,
    /** The tenant whose domain claim or SSO binding was created first. */
    FIRST_CREATED
}
