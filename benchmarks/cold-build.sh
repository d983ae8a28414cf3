#!/usr/bin/env bash
# The cold build at start, measured alone: restarts the server that benchmarks/load.sh left in its work folder (with
# its tenants still in the H2 database) a number of times, and prints the build line of the pack's realm from each
# start, once the background warm-up (IndexWarmUp) has built it. Run benchmarks/load.sh first: it leaves its server,
# tenants included, in its work folder. To compare two packs on the same data, copy the keycloak-* folder, put the
# other pack's JARs into the copy's providers/, and alternate the two folders.
# Usage: benchmarks/cold-build.sh WORK_DIR [STARTS] (e.g. benchmarks/cold-build.sh benchmarks/target/load 3)
set -euo pipefail

work=${1:?usage: benchmarks/cold-build.sh WORK_DIR [STARTS]}
starts=${2:-3}
home=$(ls -d "$work"/keycloak-* | head -1)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
export JAVA_OPTS_KC_HEAP="-Xms4g -Xmx4g" JAVA_OPTS_APPEND="-Djol.magicFieldOffset=true"
for start in $(seq 1 "$starts"); do
    # The same arguments as the load benchmark's server (KeycloakServer), so that nothing is augmented again.
    "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8180 --http-management-host=127.0.0.1 \
        --http-management-port=9180 --hostname-strict=false --health-enabled=true --spi-theme--cache-themes=true \
        --spi-theme--cache-templates=true --spi-theme--static-max-age=2592000 --import-realm >"$log" 2>&1 &
    server=$!
    for _ in $(seq 1 600); do
        grep -q "built at start" "$log" && break
        kill -0 "$server" 2>/dev/null || break
        sleep 1
    done
    echo "start $start, $(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg): $(grep -o 'Routing index of realm bench-pack built in.*' "$log" || echo 'no build line (see the server log)')"
    kill "$server" 2>/dev/null || true
    pkill -f "$home/bin/../lib/quarkus-run.jar" || true
    wait "$server" || true
done
