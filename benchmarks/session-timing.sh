#!/usr/bin/env bash
# Whether the session API answers a real and an unknown tenant alike, in body and time: builds the pack like load.sh,
# starts one Keycloak with it, signs a user in through a tenant's connection and times interleaved pairs of requests.
# Usage: benchmarks/session-timing.sh [key=value ...]   (LoadOptions keys, e.g. attempts=150 http-port=8181)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<keycloak.server.version>\(.*\)</keycloak.server.version>.*:\1:p' pom.xml)
project=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
dist="${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/keycloak/keycloak-quarkus-dist/$version/keycloak-quarkus-dist-$version.zip"
mvn_flags=${MVN_FLAGS--o}

echo "Building the pack and the benchmark driver ..." >&2
./mvnw -q -B $mvn_flags -DskipTests package -pl organization-provider,authenticators,admin-ui-ext,themes,benchmarks -am
if [ ! -f "$dist" ]; then
    ./mvnw -q -B $mvn_flags dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip"
fi

providers=""
for module in organization-provider authenticators admin-ui-ext themes; do
    providers="$providers${providers:+,}$module/target/tenant-sso-$module-$project.jar"
done
# The benchmark-only provider that creates the tenants; it never goes into the pack's providers/.
providers="$providers,benchmarks/target/tenant-sso-benchmarks-$project-bench-provider.jar"

exec java -cp benchmarks/target/benchmarks.jar io.github.tenantsso.benchmarks.load.SessionTimingBenchmark \
    dist="$dist" providers="$providers" "$@"
