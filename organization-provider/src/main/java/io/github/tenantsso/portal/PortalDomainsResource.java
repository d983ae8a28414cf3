package io.github.tenantsso.portal;

import io.github.tenantsso.common.StorageException;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.domain.VerificationMethod;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.write.ClaimWrites;
import io.github.tenantsso.write.RoutingVersions;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * {@code .../portal/api/tenants/{tenantId}/domains}: the tenant's domain claims, written through {@link ClaimWrites}
 * like the admin API's. A tenant admin proves a domain by DNS only: vouching for it is the realm admin's.
 */
public final class PortalDomainsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalCaller caller;
    private final OrganizationModel tenant;

    PortalDomainsResource(KeycloakSession session, PortalCaller caller, OrganizationModel tenant) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.caller = caller;
        this.tenant = tenant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PortalViews.Claim> list() {
        return claims().ofTenant(tenant.getId()).stream()
                .map(PortalViews.Claim::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response claim(String body) {
        PortalViews.ClaimRequest request = RequestBodies.read(body, PortalViews.ClaimRequest.class);
        DomainName domain = parse(request.domain());
        ClaimWrites.Outcome outcome;
        try {
            outcome = writes().create(
                            tenant,
                            domain,
                            Boolean.TRUE.equals(request.includeSubdomains()),
                            caller.userId(),
                            Time.currentTimeMillis(),
                            caller.events());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
        return Response.status(Response.Status.CREATED).entity(view(outcome)).build();
    }

    /** Looks the claim's TXT record up now; a verified claim is looked up again. */
    @POST
    @Path("{domain}/verify")
    @Produces(MediaType.APPLICATION_JSON)
    public PortalViews.Claim verify(@PathParam("domain") String domain) {
        ClaimWrites.Outcome outcome;
        try {
            outcome = writes().verify(
                            claims().find(tenant.getId(), parse(domain)).orElseThrow(PortalDomainsResource::notFound),
                            VerificationMethod.DNS,
                            caller.userId(),
                            Time.currentTimeMillis(),
                            caller.events());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
        return view(outcome);
    }

    @DELETE
    @Path("{domain}")
    public Response remove(@PathParam("domain") String domain) {
        writes().delete(
                        claims().find(tenant.getId(), parse(domain)).orElseThrow(PortalDomainsResource::notFound),
                        caller.events());
        return Response.noContent().build();
    }

    /** The written claim, or the refusal as the admin API words it. */
    private static PortalViews.Claim view(ClaimWrites.Outcome outcome) {
        if (outcome instanceof ClaimWrites.Written written) {
            return PortalViews.Claim.of(written.claim());
        }
        if (outcome instanceof ClaimWrites.Conflict conflict) {
            throw ApiException.conflict(conflict.code(), conflict.message());
        }
        if (outcome instanceof ClaimWrites.RecordNotFound missing) {
            throw ApiException.unprocessable(
                    "verification_record_not_found",
                    "No TXT record at " + missing.recordName() + " holds this claim's token yet; DNS changes may take"
                            + " a while to be seen.");
        }
        throw ApiException.unavailable("dns_lookup_failed", ((ClaimWrites.LookupFailed) outcome).message());
    }

    private static ApiException notFound() {
        return ApiException.notFound("claim_not_found", "The tenant has no claim on this domain.");
    }

    private ClaimWrites writes() {
        return new ClaimWrites(session, realm, RoutingVersions.each(session.getProvider(TenantSso.class), realm));
    }

    private DomainClaims claims() {
        return session.getProvider(TenantSso.class).claims(realm);
    }

    private static DomainName parse(String domain) {
        try {
            return DomainName.parse(domain);
        } catch (InvalidDomainException e) {
            throw ApiException.badRequest(e.reason().code(), e.getMessage(), "domain");
        }
    }
}
