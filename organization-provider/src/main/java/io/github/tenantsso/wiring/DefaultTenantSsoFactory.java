package io.github.tenantsso.wiring;

import io.github.tenantsso.audit.AuditPurgeTask;
import io.github.tenantsso.audit.AuditRetention;
import io.github.tenantsso.domain.dns.DnsSettings;
import io.github.tenantsso.domain.dns.NettyTxtRecordLookup;
import io.github.tenantsso.domain.dns.RecheckSettings;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.model.ConnectionSetupSettings;
import io.github.tenantsso.model.ImportLimits;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.model.TenantSsoFactory;
import io.github.tenantsso.policy.PolicyCache;
import io.github.tenantsso.write.DnsRecheckTask;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelException;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

public final class DefaultTenantSsoFactory implements TenantSsoFactory {

    private static final Logger LOG = Logger.getLogger(DefaultTenantSsoFactory.class);

    public static final String ID = "default";

    private static final long PRUNE_INTERVAL_MILLIS = 60 * 60 * 1000L;

    private final PolicyCache policyCache = new PolicyCache();
    private final Map<String, Long> lastPruned = new ConcurrentHashMap<>();
    private ChangeLogSettings changeLogSettings;
    private RoutingIndexes indexes;
    private DnsSettings dnsSettings;
    private RecheckSettings recheckSettings;
    private ImportLimits importLimits;
    private AuditRetention auditRetention;
    private ConnectionSetupSettings connectionSetup;
    private NettyTxtRecordLookup dns;

    @Override
    public TenantSso create(KeycloakSession session) {
        return new DefaultTenantSso(session, this);
    }

    /** Fails the server start on a malformed setting, naming it, rather than at the first verification. */
    @Override
    public void init(Config.Scope config) {
        dnsSettings =
                DnsSettings.parse(config.get(DnsSettings.RESOLVER_PROPERTY), config.get(DnsSettings.TIMEOUT_PROPERTY));
        recheckSettings = RecheckSettings.parse(
                config.get(RecheckSettings.INTERVAL_PROPERTY), config.get(RecheckSettings.GRACE_PROPERTY));
        changeLogSettings = new ChangeLogSettings(
                config.getLong(ChangeLogSettings.WINDOW_PROPERTY, ChangeLogSettings.DEFAULT_WINDOW_MILLIS),
                config.getLong(ChangeLogSettings.RETENTION_PROPERTY, ChangeLogSettings.DEFAULT_RETENTION_MILLIS));
        indexes = new RoutingIndexes(changeLogSettings, Time::currentTimeMillis);
        importLimits = ImportLimits.parse(
                config.get(ImportLimits.MAX_BYTES_PROPERTY), config.get(ImportLimits.MAX_ENTRIES_PROPERTY));
        auditRetention = AuditRetention.parse(config.get(AuditRetention.PROPERTY));
        connectionSetup = ConnectionSetupSettings.of(
                config.getBoolean(ConnectionSetupSettings.LOOPBACK_PROPERTY, false),
                config.get(ConnectionSetupSettings.FIRST_BROKER_LOGIN_FLOW_PROPERTY),
                config.get(ConnectionSetupSettings.POST_BROKER_LOGIN_FLOW_PROPERTY));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new KeycloakModelSync(indexes, policyCache));
        factory.register(new IndexWarmUp(indexes));
        versionRealmsCreatedBeforeThePack(factory);
        if (recheckSettings.enabled()) {
            long interval = recheckSettings.interval().toMillis();
            KeycloakModelUtils.runJobInTransaction(
                    factory,
                    session -> session.getProvider(TimerProvider.class)
                            .schedule(
                                    new ClusterAwareScheduledTaskRunner(
                                            factory, new DnsRecheckTask(recheckSettings, this::dns), interval),
                                    interval));
        }
        if (auditRetention.purges()) {
            KeycloakModelUtils.runJobInTransaction(
                    factory,
                    session -> session.getProvider(TimerProvider.class)
                            .schedule(
                                    new ClusterAwareScheduledTaskRunner(
                                            factory,
                                            new AuditPurgeTask(auditRetention),
                                            AuditPurgeTask.INTERVAL_MILLIS),
                                    AuditPurgeTask.INTERVAL_MILLIS));
        }
    }

    RecheckSettings recheckSettings() {
        return recheckSettings;
    }

    /** Realms made before the pack was installed get their versions now; see {@link ModelVersion#ensure}. */
    private static void versionRealmsCreatedBeforeThePack(KeycloakSessionFactory factory) {
        try {
            KeycloakModelUtils.runJobInTransaction(
                    factory, session -> session.realms().getRealmsStream().forEach(ModelVersion::ensure));
        } catch (ModelException e) {
            // Another node starting at the same moment did it first.
            LOG.debugf(e, "Realm versions were set by another node.");
        }
    }

    RoutingIndexes indexes() {
        return indexes;
    }

    /** Whether this node should prune the realm's change log now: at most once an hour per realm and node. */
    boolean pruneDue(String realmId, long now) {
        Long last = lastPruned.get(realmId);
        return (last == null || now - last > PRUNE_INTERVAL_MILLIS)
                && (last == null
                        ? lastPruned.putIfAbsent(realmId, now) == null
                        : lastPruned.replace(realmId, last, now));
    }

    PolicyCache policyCache() {
        return policyCache;
    }

    ChangeLogSettings changeLogSettings() {
        return changeLogSettings;
    }

    ImportLimits importLimits() {
        return importLimits;
    }

    ConnectionSetupSettings connectionSetup() {
        return connectionSetup;
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
                .property()
                .name(ConnectionSetupSettings.LOOPBACK_PROPERTY)
                .type("boolean")
                .defaultValue(false)
                .helpText("Whether tenant admins may set up connections whose discovery document or metadata is on a"
                        + " loopback address (tests, one-machine demos). Private and link-local addresses are always"
                        + " refused.")
                .add()
                .property()
                .name(ConnectionSetupSettings.FIRST_BROKER_LOGIN_FLOW_PROPERTY)
                .type("string")
                .defaultValue(ConnectionSetupSettings.DEFAULT_FIRST_BROKER_LOGIN_FLOW)
                .helpText("First broker login flow (alias) of connections made in the portal; it must hold"
                        + " tenant-sso-first-login.")
                .add()
                .property()
                .name(ConnectionSetupSettings.POST_BROKER_LOGIN_FLOW_PROPERTY)
                .type("string")
                .defaultValue(ConnectionSetupSettings.DEFAULT_POST_BROKER_LOGIN_FLOW)
                .helpText("Post login flow (alias) of connections made in the portal; it must hold tenant-sso-landing.")
                .add()
                .property()
                .name(DnsSettings.RESOLVER_PROPERTY)
                .type("string")
                .helpText("DNS server for domain verification, host or host:port; the system's name servers if unset.")
                .add()
                .property()
                .name(DnsSettings.TIMEOUT_PROPERTY)
                .type("int")
                .defaultValue(DnsSettings.DEFAULT_TIMEOUT.toMillis())
                .helpText("Timeout of one domain verification lookup, in milliseconds (1 to 60000).")
                .add()
                .property()
                .name(RecheckSettings.INTERVAL_PROPERTY)
                .type("int")
                .defaultValue(RecheckSettings.DEFAULT_INTERVAL.toSeconds())
                .helpText(
                        "Seconds between two DNS re-checks of verified claims by the cluster; 0 turns re-checking off.")
                .add()
                .property()
                .name(RecheckSettings.GRACE_PROPERTY)
                .type("int")
                .defaultValue(RecheckSettings.DEFAULT_GRACE.toSeconds())
                .helpText("Seconds a DNS-verified claim's record may be gone before the claim lapses.")
                .add()
                .property()
                .name(ChangeLogSettings.WINDOW_PROPERTY)
                .type("int")
                .defaultValue(ChangeLogSettings.DEFAULT_WINDOW_MILLIS)
                .helpText(
                        "How far back, in milliseconds, a node re-reads the routing change log: longer than a write transaction may take to commit, plus the clock skew between nodes.")
                .add()
                .property()
                .name(ChangeLogSettings.RETENTION_PROPERTY)
                .type("int")
                .defaultValue(ChangeLogSettings.DEFAULT_RETENTION_MILLIS)
                .helpText("How long, in milliseconds, routing change log rows are kept; at least twice the window.")
                .add()
                .property()
                .name(ImportLimits.MAX_BYTES_PROPERTY)
                .type("int")
                .defaultValue(ImportLimits.DEFAULT_MAX_BYTES)
                .helpText(
                        "Largest pack document an import takes, in bytes; a larger one is refused with 413 document_too_large.")
                .add()
                .property()
                .name(ImportLimits.MAX_ENTRIES_PROPERTY)
                .type("int")
                .defaultValue(ImportLimits.DEFAULT_MAX_ENTRIES)
                .helpText(
                        "Most entries (domains, connections, trusts, memberships, active tenants and tenant policies together) of one pack document; more are refused with 400 too_many_entries.")
                .add()
                .property()
                .name(AuditRetention.PROPERTY)
                .type("int")
                .defaultValue(AuditRetention.DEFAULT.toDays())
                .helpText(
                        "Days an audit event is kept before the cluster purges it (hourly); 0 keeps events until their realm is removed.")
                .add()
                .build();
    }
}
