#!/usr/bin/env bash
# The load benchmark against a real server: builds the pack, then starts one Keycloak (the keycloak-quarkus-dist
# zip of the build, unpacked under benchmarks/target/load) with the pack in providers/ and two realms of N tenants,
# measures, prints the results and stops the server. The server also gets the benchmark's own provider JAR, which
# creates the tenants in batches. Usage:
#   benchmarks/load.sh 1000 [key=value ...]     (see LoadOptions for the keys, e.g. http-port=8180 vanilla=false)
set -euo pipefail
cd "$(dirname "$0")/.."

tenants=${1:?usage: benchmarks/load.sh TENANTS [key=value ...]}
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
# The benchmark-only provider that creates the tenants in batches; it never goes into the pack's providers/.
providers="$providers,benchmarks/target/tenant-sso-benchmarks-$project-bench-provider.jar"

exec java -cp benchmarks/target/benchmarks.jar io.github.tenantsso.benchmarks.load.LoadBenchmark \
    tenants="$tenants" dist="$dist" providers="$providers" work=benchmarks/target/load "$@"
