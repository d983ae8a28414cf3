package io.github.tenantsso.model;

import java.util.List;

import io.github.tenantsso.domain.dns.DnsSettings;
import io.github.tenantsso.domain.dns.NettyTxtRecordLookup;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.importexport.ImportLimits;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class DefaultTenantSsoFactory implements TenantSsoFactory {

    public static final String ID = "default";

    private final RoutingIndexes indexes = new RoutingIndexes();
    private DnsSettings dnsSettings;
    private ImportLimits importLimits;
    private NettyTxtRecordLookup dns;

    @Override
    public TenantSso create(KeycloakSession session) {
        return new DefaultTenantSso(session, this);
    }

    /** Fails the server start on a malformed setting, naming it, rather than at the first verification. */
    @Override
    public void init(Config.Scope config) {
        dnsSettings = DnsSettings.parse(config.get(DnsSettings.RESOLVER_PROPERTY), config.get(DnsSettings.TIMEOUT_PROPERTY));
        importLimits = ImportLimits.parse(config.get(ImportLimits.MAX_BYTES_PROPERTY), config.get(ImportLimits.MAX_ENTRIES_PROPERTY));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new KeycloakModelSync(indexes));
    }

    RoutingIndexes indexes() {
        return indexes;
    }

    ImportLimits importLimits() {
        return importLimits;
    }

    /** Started on first use: a server that never verifies a domain by DNS keeps no DNS thread. */
    synchronized TxtRecordLookup dns() {
        if (dns == null) {
            dns = new NettyTxtRecordLookup(dnsSettings.resolverAddress(), dnsSettings.timeout());
        }
        return dns;
    }

    @Override
    public synchronized void close() {
        if (dns != null) {
            dns.close();
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(DnsSettings.RESOLVER_PROPERTY).type("string")
                .helpText("DNS server for domain verification, host or host:port; the system's name servers if unset.").add()
                .property().name(DnsSettings.TIMEOUT_PROPERTY).type("int").defaultValue(DnsSettings.DEFAULT_TIMEOUT.toMillis())
                .helpText("Timeout of one domain verification lookup, in milliseconds (1 to 60000).").add()
                .property().name(ImportLimits.MAX_BYTES_PROPERTY).type("int").defaultValue(ImportLimits.DEFAULT_MAX_BYTES)
                .helpText("Largest pack document an import takes, in bytes; a larger one is refused with 413 document_too_large.").add()
                .property().name(ImportLimits.MAX_ENTRIES_PROPERTY).type("int").defaultValue(ImportLimits.DEFAULT_MAX_ENTRIES)
                .helpText("Most entries (domains, connections and trusts together) of one pack document; more are refused with 400 too_many_entries.").add()
                .build();
    }
}
