#!/usr/bin/env bash
# What the benchmarks against a real server share: builds the pack and the benchmark driver, finds the
# keycloak-quarkus-dist zip of the build (fetching it if the Maven cache lacks it), and runs the driver's main class
# with the distribution and the provider JARs to put in its providers/. Called by load.sh and session-timing.sh.
# Usage: benchmarks/run-against-server.sh MAIN_CLASS [key=value ...]
set -euo pipefail
cd "$(dirname "$0")/.."

main=${1:?usage: benchmarks/run-against-server.sh MAIN_CLASS [key=value ...]}
shift

version=$(sed -n 's:.*<keycloak.server.version>\(.*\)</keycloak.server.version>.*:\1:p' pom.xml)
project=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
dist="${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/keycloak/keycloak-quarkus-dist/$version/keycloak-quarkus-dist-$version.zip"
# Offline by default; MVN_FLAGS= (empty) lets Maven download what the cache lacks.
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
# The benchmark-only provider that creates the tenants in batches and measures the pack's own structures, with JOL
# for the latter; neither ever goes into the pack's providers/.
providers="$providers,benchmarks/target/tenant-sso-benchmarks-$project-bench-provider.jar"
providers="$providers,benchmarks/target/bench-server/jol-core.jar"

exec java -cp benchmarks/target/benchmarks.jar "$main" dist="$dist" providers="$providers" "$@"
