package io.github.tenantsso.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A signed-in session as its own user sees it: the tenant it is in, the connection it signed in through, and the
 * user's tenants, each marked with whether the session can switch to it without a new sign-in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(Tenant tenant, String connection, List<Tenant> tenants) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tenant(String id, String alias, String name, Boolean switchable) {}
}
