#!/usr/bin/env bash
# The real-server scale measurement of docs/scale.md: one Keycloak (start-dev, H2) with the pack and a realm of N
# tenants made by Keycloak's realm import (organizations, identity providers, and the pack's document in the realm
# attribute tenant-sso); times the first login after the import, normal logins, the first login after each of a
# series of one-tenant changes, and the first login after a restart (the cold build; the server log prints its
# time). Usage: benchmarks/scale/run-scale.sh [N=10000] [SAMPLES=40] [import|api]. With "api" the realm is imported
# empty and the N tenants are made through the admin API (ScaleProbe populate, 4 threads): Keycloak's own realm
# import of organizations slows down with every organization it holds, too slow beyond a few thousand on this
# machine. Uses 127.0.0.1:8080 and 9000.
set -euo pipefail
cd "$(dirname "$0")/../.."

tenants=${1:-10000}
samples=${2:-40}
mode=${3:-import}
version=$(sed -n 's:.*<keycloak.server.version>\(.*\)</keycloak.server.version>.*:\1:p' pom.xml)
work="target/scale-$tenants"
base="http://127.0.0.1:8080"
management="http://127.0.0.1:9000"

probe() { java -cp benchmarks/target/classes io.github.tenantsso.benchmarks.scale.ScaleProbe "$@"; }
# A second run reuses the server and the realm it imported (the import is the slow part: Keycloak's realm import of
# organizations flushes its whole session per organization); delete target/scale-N to start over.
import=--import-realm
./mvnw -q -B -Pdemo -DskipTests -pl it-tests,benchmarks -am package
if [ -d "$work/keycloak/data/h2" ]; then
    import=
    cp "target/keycloak-$version"/providers/*.jar "$work/keycloak/providers/"
else
    rm -rf "$work" && mkdir -p "$work"
    cp -r "target/keycloak-$version" "$work/keycloak"
    rm -rf "$work/keycloak/data" && mkdir -p "$work/keycloak/data/import"
    probe generate "$([ "$mode" = api ] && echo 0 || echo "$tenants")" "$work/keycloak/data/import/scale-realm.json"
fi

export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
# Keycloak's default heap outside containers (512 MB) runs out at about 7,000 organizations with their providers.
export JAVA_OPTS_KC_HEAP="-Xms1g -Xmx2g"
start() {
    "$work/keycloak/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8080 \
        --http-management-host=127.0.0.1 --http-management-port=9000 --health-enabled=true \
        --log-level=INFO,io.github.tenantsso.wiring.RoutingIndexes:debug "$@" >>"$work/server.log" 2>&1 &
    keycloak=$!
    local started=$SECONDS
    until curl -fsS -o /dev/null "$management/health/ready" 2>/dev/null; do
        kill -0 "$keycloak" 2>/dev/null || { echo "Keycloak stopped; see $work/server.log" >&2; exit 1; }
        sleep 2
    done
    echo "server ready after $((SECONDS - started)) s"
}
stop() { kill -TERM "$keycloak"; wait "$keycloak" || :; }
trap 'kill -TERM "$keycloak" 2>/dev/null || :' EXIT

echo "== $tenants tenants, $(nproc) cores, $(date -u +%FT%TZ), Keycloak $version"
start $import
if [ "$mode" = api ] && [ -n "$import" ]; then
    probe populate "$base" "$tenants" 4
    stop
    start
fi
probe cold "$base" "$tenants"
probe measure "$base" "$tenants" "$samples"
stop
echo "== after a restart"
start
probe cold "$base" "$tenants"
probe measure "$base" "$tenants" "$samples"
stop
grep -E "Routing index of realm scale built" "$work/server.log" | sed 's/^.*Routing index/Routing index/'
grep -E "Routing index of realm scale patched" "$work/server.log" | sed -E 's/.* in ([0-9.]+) ms.*/\1/' | sort -n \
    | awk '{ t[NR] = $1 } END { if (NR) printf "index patched %d times: median %.1f ms, max %.1f ms\n", NR, t[int((NR + 1) / 2)], t[NR] }'
