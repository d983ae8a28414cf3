package io.github.tenantsso.policytab;

import io.github.tenantsso.policy.PolicyPatch;
import io.github.tenantsso.policy.RoutingPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routing policy as the admin console tab's form holds it: one string value per field, named like the admin
 * API's fields. Other keys (the console adds its route parameters) are ignored; a field left out keeps its value, an
 * emptied one is refused like any other value the policy cannot take.
 */
final class PolicyForm {

    static final String CROSS_TENANT_DOMAIN_SHARING = "crossTenantDomainSharing";
    static final String AMBIGUOUS_NEW_USER = "ambiguousNewUser";
    static final String ACTIVE_TENANT_LOGIN = "activeTenantLogin";
    static final String HINT_PARAMETER = "hintParameter";

    private PolicyForm() {}

    /**
     * The change the form asks for; the policy's own rules judge its values ({@link PolicyPatch#applyTo}).
     *
     * @throws IllegalArgumentException naming the field, for a switch that is neither true nor false
     */
    static PolicyPatch patch(Map<String, List<String>> form) {
        String hint = value(form, HINT_PARAMETER);
        return new PolicyPatch(
                bool(form, CROSS_TENANT_DOMAIN_SHARING),
                value(form, AMBIGUOUS_NEW_USER),
                bool(form, ACTIVE_TENANT_LOGIN),
                hint == null ? null : hint.strip());
    }

    static Map<String, List<String>> write(RoutingPolicy policy) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put(CROSS_TENANT_DOMAIN_SHARING, List.of(Boolean.toString(policy.crossTenantDomainSharing())));
        form.put(AMBIGUOUS_NEW_USER, List.of(policy.ambiguousNewUser().name()));
        form.put(ACTIVE_TENANT_LOGIN, List.of(Boolean.toString(policy.activeTenantLogin())));
        form.put(HINT_PARAMETER, List.of(policy.hintParameter()));
        return form;
    }

    /** Whether the form holds exactly this policy, in the form {@link #write} gives it. */
    static boolean shows(Map<String, List<String>> form, RoutingPolicy policy) {
        return write(policy).entrySet().stream()
                .allMatch(field -> field.getValue().equals(form.get(field.getKey())));
    }

    private static Boolean bool(Map<String, List<String>> form, String field) {
        String value = value(form, field);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(field + " must be true or false, not '" + value + "'.");
        };
    }

    /** The field's value, or null when the form leaves the field out; a cleared field is a value (and refused). */
    private static String value(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() ? null : values.get(0) == null ? "" : values.get(0);
    }
}
