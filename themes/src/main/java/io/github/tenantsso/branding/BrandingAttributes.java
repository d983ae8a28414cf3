package io.github.tenantsso.branding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a tenant's branding from its organization attributes. A tenant that sets none of them is shown exactly like
 * the realm's login page (so a hint naming it tells a prober nothing the page of an unknown tenant would not); a value
 * that fails validation is left out, the page falls back for that item, and the problem is reported.
 */
public final class BrandingAttributes {

    public static final String DISPLAY_NAME = "tenant-sso.brand.display-name";
    public static final String LOGO_URL = "tenant-sso.brand.logo-url";
    public static final String PRIMARY_COLOR = "tenant-sso.brand.primary-color";

    private BrandingAttributes() {}

    /**
     * @param branding the branding to show, empty when the tenant sets no branding attribute
     * @param problems one sentence per attribute left out, naming it and the rule it breaks
     */
    public record Reading(Optional<Branding> branding, List<String> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }
    }

    public static Reading read(Map<String, List<String>> attributes, String organizationName) {
        Optional<String> name = first(attributes, DISPLAY_NAME);
        Optional<String> logo = first(attributes, LOGO_URL);
        Optional<String> color = first(attributes, PRIMARY_COLOR);
        if (name.isEmpty() && logo.isEmpty() && color.isEmpty()) {
            return new Reading(Optional.empty(), List.of());
        }
        List<String> problems = new ArrayList<>();
        Optional<DisplayName> displayName = name.flatMap(DisplayName::parse);
        if (name.isPresent() && displayName.isEmpty()) {
            problems.add(DISPLAY_NAME + " must be 1 to " + DisplayName.MAX_CODE_POINTS
                    + " characters of text without control characters; the organization name is shown instead.");
        }
        Optional<LogoUrl> logoUrl = logo.flatMap(LogoUrl::parse);
        if (logo.isPresent() && logoUrl.isEmpty()) {
            problems.add(LOGO_URL + " must be an https URL (http only for localhost) of at most " + LogoUrl.MAX_LENGTH
                    + " characters without quotes, parentheses, backslashes or spaces; no logo is shown.");
        }
        Optional<BrandColor> brandColor = color.flatMap(BrandColor::parse);
        if (color.isPresent() && brandColor.isEmpty()) {
            problems.add(PRIMARY_COLOR + " must be #rgb or #rrggbb; the theme's colour is used.");
        }
        Optional<DisplayName> fallbackName = displayName.or(() -> DisplayName.parse(organizationName));
        if (fallbackName.isEmpty()) {
            problems.add(
                    "the organization name cannot be shown as a display name; the tenant's login pages are not branded.");
            return new Reading(Optional.empty(), problems);
        }
        return new Reading(Optional.of(new Branding(fallbackName.get(), logoUrl, brandColor)), problems);
    }

    private static Optional<String> first(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes == null ? null : attributes.get(name);
        if (values == null) {
            return Optional.empty();
        }
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
