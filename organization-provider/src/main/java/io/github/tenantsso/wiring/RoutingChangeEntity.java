package io.github.tenantsso.wiring;

import io.github.tenantsso.model.RoutingChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One change of a realm's routing data, naming what changed (see {@link RoutingChange}); written in the transaction
 * of the change. The id is random: rows are read by time with an overlap, never by id order, since the order in
 * which ids or times are taken is not the order in which transactions commit.
 */
@Entity
@Table(name = "TSSO_ROUTING_CHANGE")
@NamedQueries({
    @NamedQuery(
            name = "tssoRoutingChangesSince",
            query = "select c.id, c.kind, c.key, c.changedAt from RoutingChangeEntity c"
                    + " where c.realmId = :realmId and c.changedAt >= :since"),
    @NamedQuery(
            name = "tssoDeleteRoutingChangesBefore",
            query = "delete from RoutingChangeEntity c where c.realmId = :realmId and c.changedAt < :before"),
    @NamedQuery(
            name = "tssoDeleteRoutingChangesOfRealm",
            query = "delete from RoutingChangeEntity c where c.realmId = :realmId"),
})
public class RoutingChangeEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "CHANGE_KEY", nullable = false)
    private String key;

    @Column(name = "CHANGED_AT", nullable = false)
    private long changedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public long getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(long changedAt) {
        this.changedAt = changedAt;
    }
}
