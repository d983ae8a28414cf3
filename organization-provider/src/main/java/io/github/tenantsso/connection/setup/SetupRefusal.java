package io.github.tenantsso.connection.setup;

/** Why a connection's setup was refused: each a stable error code of the portal API, answered with 400. */
public enum SetupRefusal {
    URL_INVALID("url_invalid", "The URL must be an absolute http(s) URL without user info."),
    URL_UNRESOLVED("url_unresolved", "The URL's host does not resolve."),
    URL_ADDRESS_NOT_PUBLIC(
            "url_address_not_public", "The URL's host resolves to a private, local or reserved address."),
    URL_NOT_HTTPS("url_not_https", "The URL must use https."),
    FETCH_FAILED("metadata_fetch_failed", "The document could not be fetched from the URL."),
    METADATA_TOO_LARGE("metadata_too_large", "The document is larger than the server accepts."),
    METADATA_DTD_FORBIDDEN("metadata_dtd_forbidden", "The metadata declares a DTD or entities, which are refused."),
    METADATA_INVALID("metadata_invalid", "The document is not valid metadata of an identity provider."),
    METADATA_UNSIGNED("metadata_no_signing_key", "The SAML metadata names no signing key for its assertions."),
    DISCOVERY_INVALID("discovery_invalid", "The document is not an OpenID Connect discovery document.");

    private final String code;
    private final String message;

    SetupRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
