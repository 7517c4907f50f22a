#!/usr/bin/env bash
# Runs the full single sign-on setup locally: downloads Keycloak (org.keycloak:keycloak-quarkus-dist
# from Maven Central, through the Maven wrapper), imports config/keycloak/leaps-realm.json and starts
# Keycloak in development mode on http://localhost:8180. Then, in another terminal:
#
#   ./mvnw spring-boot:run -Dspring-boot.run.profiles=keycloak
#
# and open http://localhost:8080 (demo users: see docs/keycloak.md, password "demo").
#
# Options (environment): KC_VERSION (26.7.3), KC_PORT (8180), KC_MANAGEMENT_PORT (9001),
# KC_ADMIN / KC_ADMIN_PASSWORD (admin / admin, for http://localhost:8180/admin),
# KC_FRESH=true to forget earlier runs (Keycloak keeps its data between runs otherwise),
# LEAPS_PORTAL_URL (http://localhost:$PORT, PORT defaulting to 8080): the portal's address in the
# browser, and LEAPS_PORTAL_INTERNAL_URL (same as LEAPS_PORTAL_URL): the portal's address as
# Keycloak reaches it for back-channel logout. The realm import reads both (docs/keycloak.md);
# Keycloak imports the realm once, so after changing them start with KC_FRESH=true.
set -euo pipefail
cd "$(dirname "$0")/../.."

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_PORT="${KC_PORT:-8180}"
KC_MANAGEMENT_PORT="${KC_MANAGEMENT_PORT:-9001}"
DIST_DIR="target/keycloak-local"
KC_HOME="$DIST_DIR/keycloak-$KC_VERSION"

# Keycloak 26 needs Java 21+; Temurin 25 is the tested one.
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
      /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "Keycloak needs Java 21 or later: set JAVA_HOME" >&2
  exit 1
fi

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "Downloading keycloak-quarkus-dist $KC_VERSION with the Maven wrapper into $DIST_DIR"
  ./mvnw -B -q -ntp dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz" \
    -DoutputDirectory="$DIST_DIR"
  tar -xzf "$DIST_DIR/keycloak-quarkus-dist-$KC_VERSION.tar.gz" -C "$DIST_DIR"
fi

if [ "${KC_FRESH:-false}" = "true" ]; then
  rm -rf "$KC_HOME/data"
fi
mkdir -p "$KC_HOME/data/import"
cp config/keycloak/leaps-realm.json "$KC_HOME/data/import/leaps-realm.json"

export LEAPS_PORTAL_URL="${LEAPS_PORTAL_URL:-http://localhost:${PORT:-8080}}"
export LEAPS_PORTAL_INTERNAL_URL="${LEAPS_PORTAL_INTERNAL_URL:-$LEAPS_PORTAL_URL}"
echo "Realm client leaps-portal for the portal at $LEAPS_PORTAL_URL (back-channel: $LEAPS_PORTAL_INTERNAL_URL)"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
echo "Starting Keycloak $KC_VERSION on http://localhost:$KC_PORT (realm leaps; admin console /admin)"
exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-port="$KC_PORT" \
  --http-management-port="$KC_MANAGEMENT_PORT" \
  --import-realm
