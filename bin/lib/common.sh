# Shared helpers for bin/run and bin/test. Source it; do not run it.
# Sets KRING_HOME (the repository root) and MVN (the Maven wrapper), and offers the functions below.

KRING_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MVN="$KRING_HOME/mvnw"
# Downloads and unpacked distributions are cached here (outside target/, so `mvn clean` keeps them).
KRING_CACHE="${KRING_CACHE:-$KRING_HOME/.cache}"
# PostgreSQL and Elasticsearch refuse to run as root: when we are root they run as this system user.
KRING_SERVICE_USER="${KRING_SERVICE_USER:-kring}"

log() { printf '\033[1m[kring]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[kring] %s\033[0m\n' "$*" >&2; exit 1; }

# Finds a JDK 21+ (JAVA_HOME, the java on PATH, then /usr/lib/jvm) and exports JAVA_HOME.
require_jdk21() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v javac >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/javac" ] || continue
    v=$("$c/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$c"; export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
  done
  die "Kring needs a JDK 21 or newer (found none in JAVA_HOME, on PATH or under /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21, and set JAVA_HOME."
}

is_root() { [ "$(id -u)" = 0 ]; }

# Makes sure the unprivileged service user exists when we are root; no-op otherwise.
ensure_service_user() {
  is_root || return 0
  id -u "$KRING_SERVICE_USER" >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin "$KRING_SERVICE_USER"
}

# Runs a command as the service user when root, as ourselves otherwise.
as_service_user() {
  if is_root; then
    setpriv --reuid="$KRING_SERVICE_USER" --regid="$KRING_SERVICE_USER" --init-groups -- "$@"
  else
    "$@"
  fi
}

# Hands a folder to the service user (when root) so that it can write there.
give_to_service_user() {
  is_root && chown -R "$KRING_SERVICE_USER:$KRING_SERVICE_USER" "$@"
  return 0
}

# Waits until a URL answers with HTTP 2xx (and, with a second argument, contains that text).
wait_for_http() {
  local url=$1 text=${2:-} seconds=${3:-120} i body
  for ((i = 0; i < seconds; i++)); do
    if body=$(curl -fsS --max-time 2 "$url" 2>/dev/null) && { [ -z "$text" ] || grep -q "$text" <<<"$body"; }; then return 0; fi
    sleep 1
  done
  return 1
}

# Apt installs, only when root on a Debian/Ubuntu machine. Returns non-zero otherwise.
apt_install() {
  is_root && command -v apt-get >/dev/null 2>&1 || return 1
  if [ -z "${KRING_APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null && KRING_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
