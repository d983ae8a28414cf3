#!/usr/bin/env bash
# Builds the pack, installs it and the sample application (demo-app, a provider JAR of the demo only) into a Keycloak
# distribution under target/, imports the demo realms and starts Keycloak on http://127.0.0.1:8080 with an H2 database
# under target/. Ctrl-C stops it; a second run reuses the unpacked server, its database and the realms already
# imported.
set -euo pipefail
cd "$(dirname "$0")"

version=$(sed -n 's:.*<keycloak.server.version>\(.*\)</keycloak.server.version>.*:\1:p' pom.xml)
home="target/keycloak-$version"
base="http://127.0.0.1:8080"
management="http://127.0.0.1:9000"

if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
    echo "Port 8080 on 127.0.0.1 is already in use (a test run or another Keycloak?): stop that first." >&2
    exit 1
fi

echo "Building the pack and preparing Keycloak $version under $home ..."
./mvnw -q -B -Pdemo -DskipTests -pl it-tests -am package

export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
# No fixed --hostname: Keycloak answers on whatever host a request names, so a tenant's vanity host (for example
# login.acme.test mapped to 127.0.0.1 in /etc/hosts) reaches its branded login page. The admin console tab needs the
# declarative UI feature.
"$home/bin/kc.sh" start-dev \
    --hostname-strict=false \
    --features=declarative-ui \
    --http-host=127.0.0.1 --http-port=8080 \
    --http-management-host=127.0.0.1 --http-management-port=9000 \
    --health-enabled=true \
    --import-realm &
keycloak=$!
# A background job of a script ignores SIGINT, so Ctrl-C is passed on as SIGTERM, which Keycloak answers with an
# orderly shutdown; the script waits for it before it ends.
trap 'kill -TERM "$keycloak" 2>/dev/null; wait "$keycloak" || :; exit 130' INT TERM

until curl -fsS -o /dev/null "$management/health/ready" 2>/dev/null; do
    if ! kill -0 "$keycloak" 2>/dev/null; then
        wait "$keycloak"
        exit $?
    fi
    sleep 2
done

cat <<BANNER

  Keycloak $version with Tenant SSO is ready.

  Admin console      $base/admin/          admin / admin
  Routing policy tab $base/admin/master/console/#/saas/realm-settings/tenant-sso
  Pack status        $base/realms/saas/tenant-sso/status
  Discovery          $base/realms/saas/tenant-sso/discovery?email=ann@acme.test
  SaaS realm (tenants acme, globex, initech, acme-labs); the walkthrough: docs/demo.md
    Account console  $base/realms/saas/account/   (sign in there with any login below)
    Password login   carol@initech.test / carol        (tenant initech, no SSO)
    Two tenants      dave@initech.test / dave          (member of initech and globex, active tenant globex)
    Shared domain    joint.test, verified by acme and globex: any @joint.test address gets the shared-domain
                     page; add &tenantId=acme to the sign-in page's address for dana@joint.test / dana (Acme's
                     IdP), &tenantId=globex for gus@joint.test / gus (Globex's IdP)
    Trusted SSO      lee@acmelabs.test / lee at Acme's IdP: tenant acme-labs trusts Acme's connection acme-oidc
    Branded login    http://login.acme.test:8080/realms/saas/account/   (with "127.0.0.1 login.acme.test
                     login.globex.test" in /etc/hosts; or add &tenantId=acme to the sign-in page's address)
  Sample application $base/realms/saas/demo-app/
                     signs in with PKCE, shows the tokens' tenant claims, switches tenant by session exchange
  Customer IdPs, other realms of this server:
    Acme, OIDC       $base/realms/acme-idp/account/    ann@acme.test / ann   (broker alias acme-oidc)
    Globex, SAML     $base/realms/globex-idp/account/  bob@globex.test / bob (broker alias globex-saml)
    Globex IdP-initiated SAML (signed; ends in the saas account console)
                     $base/realms/globex-idp/protocol/saml/clients/saas

  Ctrl-C stops Keycloak.
BANNER
wait "$keycloak"
