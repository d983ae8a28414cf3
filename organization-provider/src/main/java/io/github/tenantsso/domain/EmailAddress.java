package io.github.tenantsso.domain;

import io.github.tenantsso.domain.InvalidDomainException.Reason;
import org.keycloak.utils.EmailValidationUtil;

/**
 * An e-mail address as routing reads it: a local part Keycloak's own user profile would accept (its
 * {@link EmailValidationUtil} rules, so an unquoted second {@code @} is refused) and a {@link DomainName}. A trailing
 * dot on the domain is accepted and dropped, as DNS allows it and people type it.
 *
 * @param localPart the part before the last {@code @}, as typed
 * @param domain    the normalized domain
 */
public record EmailAddress(String localPart, DomainName domain) {

    /** Keycloak's default limit; longer input is refused before any pattern runs on it. */
    private static final int MAX_LOCAL_PART_LENGTH = EmailValidationUtil.MAX_LOCAL_PART_LENGTH;

    private static final int MAX_INPUT_LENGTH = 320;

    /**
     * @throws InvalidDomainException {@link Reason#INVALID_EMAIL} for a malformed address, or the domain's own reason
     *                                (an IP address, a public suffix, ...) for a well-formed address with such a domain
     */
    public static EmailAddress parse(String input) {
        String address = input == null ? "" : input.strip();
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_INPUT_LENGTH || at <= 0 || at == address.length() - 1) {
            throw invalid();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        String withoutTrailingDot = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        if (withoutTrailingDot.isEmpty()
                || !EmailValidationUtil.isValidEmail(local + "@" + withoutTrailingDot, MAX_LOCAL_PART_LENGTH)) {
            throw invalid();
        }
        return new EmailAddress(local, DomainName.parse(domain));
    }

    /** The address with its domain normalized (lower case, no trailing dot), in Unicode: what an IdP is sent. */
    public String normalized() {
        return localPart + "@" + domain.unicode();
    }

    private static InvalidDomainException invalid() {
        return new InvalidDomainException(Reason.INVALID_EMAIL, "Enter an e-mail address, such as ann@example.com.");
    }
}
