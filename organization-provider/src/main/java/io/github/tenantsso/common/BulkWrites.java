package io.github.tenantsso.common;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How a store writes the many rows of a bulk job (an import): per chunk, one query reads the stored rows by key, the
 * others are created, and the chunk is flushed and then detached. Each flush walks every entity of the request
 * (Keycloak's too), so the persistence context is kept small and flushes are fewer than JDBC batches.
 */
public final class BulkWrites {

    /** Rows per flush. */
    public static final int CHUNK = 5000;

    private BulkWrites() {}

    /**
     * @param key    the entity's id attribute, as JPQL names it
     * @param keyOf  a row's id
     * @param create the entity of a row the query did not find: a new one with its id and what never changes after, or
     *               one the persistence context holds unflushed
     * @param update sets what the row changes, on a stored or a new entity
     */
    public static <R, E> void upsert(
            EntityManager em,
            Class<E> type,
            String key,
            List<R> rows,
            Function<R, String> keyOf,
            Function<R, E> create,
            BiConsumer<E, R> update) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, E> stored = new HashMap<>();
            em.createQuery("select e from " + type.getSimpleName() + " e where e." + key + " in :keys", type)
                    .setParameter("keys", chunk.stream().map(keyOf).toList())
                    .getResultList()
                    .forEach(entity -> stored.put(
                            (String) em.getEntityManagerFactory()
                                    .getPersistenceUnitUtil()
                                    .getIdentifier(entity),
                            entity));
            List<E> written = new ArrayList<>(chunk.size());
            for (R row : chunk) {
                E entity = stored.get(keyOf.apply(row));
                if (entity == null) {
                    entity = create.apply(row);
                    update.accept(entity, row);
                    if (!em.contains(entity)) {
                        em.persist(entity);
                    }
                } else {
                    update.accept(entity, row);
                }
                written.add(entity);
            }
            em.flush();
            written.forEach(em::detach);
        }
    }

    /**
     * Reads for a bulk job without keeping what it read in the persistence context, so later flushes do not walk it;
     * the caller has flushed first, since detaching drops a change not yet written.
     */
    public static <E, R> List<R> detached(EntityManager em, List<E> entities, Function<E, R> view) {
        List<R> views = entities.stream().map(view).toList();
        entities.forEach(em::detach);
        return views;
    }
}
