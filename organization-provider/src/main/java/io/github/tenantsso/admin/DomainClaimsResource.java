package io.github.tenantsso.admin;

import io.github.tenantsso.common.StorageException;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.domain.VerificationMethod;
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
import java.net.URI;
import java.util.List;
import org.keycloak.models.OrganizationModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/tenants/{tenantId}/domains}: one tenant's domain claims.
 */
public final class DomainClaimsResource {

    private final AdminContext context;
    private final String tenantId;

    DomainClaimsResource(AdminContext context, String tenantId) {
        this.context = context;
        this.tenantId = tenantId;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Claim> list() {
        context.requireView();
        OrganizationModel organization = context.organization(tenantId);
        return claims().ofTenant(organization.getId()).stream()
                .map(Representations.Claim::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        context.requireManage();
        OrganizationModel organization = context.organization(tenantId);
        Representations.ClaimRequest request = RequestBodies.read(body, Representations.ClaimRequest.class);
        DomainName domain = parse(request.domain());
        ClaimWrites.Outcome outcome;
        try {
            outcome = writes().create(
                            organization,
                            domain,
                            Boolean.TRUE.equals(request.includeSubdomains()),
                            context.adminId(),
                            context.now(),
                            context.events());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
        DomainClaim claim = written(outcome);
        URI location = context.session()
                .getContext()
                .getUri()
                .getAbsolutePathBuilder()
                .path(domain.value())
                .build();
        return Response.created(location)
                .entity(Representations.Claim.of(claim))
                .build();
    }

    @GET
    @Path("{domain}")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Claim get(@PathParam("domain") String domain) {
        context.requireView();
        return Representations.Claim.of(claim(domain));
    }

    /**
     * Verifies a claim by its DNS TXT record ({@code "method": "dns"}, the default) or on the admin's word
     * ({@code "method": "admin"}).
     */
    @POST
    @Path("{domain}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Claim verify(@PathParam("domain") String domain, String body) {
        context.requireManage();
        DomainClaim claim = claim(domain);
        VerificationMethod method = method(
                body == null || body.isBlank()
                        ? null
                        : RequestBodies.read(body, Representations.VerifyRequest.class)
                                .method());
        ClaimWrites.Outcome outcome;
        try {
            outcome = writes().verify(claim, method, context.adminId(), context.now(), context.events());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
        return Representations.Claim.of(written(outcome));
    }

    @DELETE
    @Path("{domain}")
    public Response delete(@PathParam("domain") String domain) {
        context.requireManage();
        DomainClaim claim = claim(domain);
        writes().delete(claim, context.events());
        return Response.noContent().build();
    }

    private static DomainClaim written(ClaimWrites.Outcome outcome) {
        if (outcome instanceof ClaimWrites.Conflict conflict) {
            throw ApiException.conflict(conflict.code(), conflict.message());
        }
        if (outcome instanceof ClaimWrites.RecordNotFound notFound) {
            throw ApiException.unprocessable(
                    "verification_record_not_found",
                    "No TXT record at " + notFound.recordName() + " holds this claim's token ("
                            + notFound.txtRecordsFound()
                            + " TXT record(s) found there). Publish it and try again; DNS changes may take a while to be seen.");
        }
        if (outcome instanceof ClaimWrites.LookupFailed failed) {
            throw ApiException.unavailable("dns_lookup_failed", failed.message());
        }
        return ((ClaimWrites.Written) outcome).claim();
    }

    /** The admin API verifies by DNS unless the admin vouches for the domain. */
    private static VerificationMethod method(String method) {
        return VerificationMethod.parse(method, VerificationMethod.DNS)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid_request", "method must be 'dns' or 'admin', not '" + method + "'.", "method"));
    }

    private ClaimWrites writes() {
        return new ClaimWrites(
                context.session(), context.realm(), RoutingVersions.each(context.model(), context.realm()));
    }

    private DomainClaim claim(String domain) {
        OrganizationModel organization = context.organization(tenantId);
        return claims().find(organization.getId(), parse(domain))
                .orElseThrow(() ->
                        ApiException.notFound("claim_not_found", "The organization has no claim on " + domain + "."));
    }

    private DomainClaims claims() {
        return context.model().claims(context.realm());
    }

    private static DomainName parse(String domain) {
        try {
            return DomainName.parse(domain);
        } catch (InvalidDomainException e) {
            throw ApiException.badRequest(e.reason().code(), e.getMessage(), "domain");
        }
    }
}
