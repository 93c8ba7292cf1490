#!/usr/bin/env bash
# Lighthouse 12 (mobile emulation and throttling, its defaults) with Debian's Chromium against a running
# Kring: home, topic board, idea, search, new idea (logged in), login, the staff's moderation queue, "needs an
# answer", dashboard and insights workbench (logged in as staff), and the idea page's repeat visit (a second load with the first one's
# cache, performance only). Prints the median of RUNS runs per page as facts (lighthouse.<page>.<figure>=value) on
# stdout; each run's JSON stays in OUT_DIR.
#
#   bench/lighthouse/lighthouse.sh BASE_URL [RUNS] [OUT_DIR]     (defaults: 3, bench/target/lighthouse/runs)
#
# Installs the npm package lighthouse@12 into $KRING_CACHE/lighthouse once (Node.js and npm with apt when
# root and missing). Logs in through the login form for the new-idea page: LIGHTHOUSE_EMAIL and
# LIGHTHOUSE_PASSWORD (default: a generated benchmark member), for the staff pages LIGHTHOUSE_STAFF_EMAIL and
# LIGHTHOUSE_STAFF_PASSWORD (default: the benchmark's admin). LIGHTHOUSE_IDEA and LIGHTHOUSE_QUERY pick
# the idea page (default idea 1, the 1,000-post thread of the benchmark data) and the search terms.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../bin/lib/common.sh"
source "$KRING_HOME/bin/lib/chromium.sh"

BASE="${1:?usage: lighthouse.sh BASE_URL [RUNS] [OUT_DIR]}"
BASE="${BASE%/}"
RUNS="${2:-3}"
OUT="${3:-$KRING_HOME/bench/target/lighthouse/runs}"
EMAIL="${LIGHTHOUSE_EMAIL:-member2@bench.kring}"
PASSWORD="${LIGHTHOUSE_PASSWORD:-kring-bench}"
STAFF_EMAIL="${LIGHTHOUSE_STAFF_EMAIL:-admin@bench.kring}"
STAFF_PASSWORD="${LIGHTHOUSE_STAFF_PASSWORD:-kring-bench}"
IDEA="${LIGHTHOUSE_IDEA:-idea.xhtml?id=1}"
QUERY="${LIGHTHOUSE_QUERY:-statiegeld}"
TOOL="$KRING_CACHE/lighthouse"

if ! command -v npx >/dev/null 2>&1; then
  log "Installing Node.js and npm with apt (for Lighthouse)"
  apt_install nodejs npm || die "No npx: install Node.js and npm (Debian: apt-get install nodejs npm)"
fi
if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
  log "Installing lighthouse@12 from npm into $TOOL"
  mkdir -p "$TOOL"
  (cd "$TOOL" && npm install --no-audit --no-fund --silent lighthouse@12 >&2)
fi
KRING_CHROMIUM_SMOKE=never chromium_ensure

rm -rf "$OUT"
mkdir -p "$OUT"
JAR="$OUT/cookies"
home="$(curl -fsS "$BASE/index.xhtml")"
topic="$(grep -o 'topic.xhtml?slug=[a-z0-9-]*' <<<"$home" | head -n 1)"

# session EMAIL PASSWORD: prints the session's cookies as a Cookie header's value (the session id, and Payara's
# JSESSIONIDVERSION, without which a Micro without Hazelcast does not find the session), from the login form.
session() {
  local login state code
  rm -f "$JAR"
  login="$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/login.xhtml")"
  state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login" | head -n 1 | sed 's/.*value="//; s/"$//')"
  # A login redirects (302); a refused one shows the form again (200).
  code="$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "login=login" \
    --data-urlencode "login:email=$1" --data-urlencode "login:password=$2" --data-urlencode "login:submit=x" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml")"
  local value
  value="$(awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$JAR")"
  [ "$code" = 302 ] && [[ "$value" == *JSESSIONID=* ]] || die "Logging in as $1 failed (HTTP $code): set LIGHTHOUSE_EMAIL/PASSWORD or LIGHTHOUSE_STAFF_EMAIL/PASSWORD"
  echo "$value"
}
member="$(session "$EMAIL" "$PASSWORD")"
staff="$(session "$STAFF_EMAIL" "$STAFF_PASSWORD")"
# A page that sends the session to the login form would be audited as the login page: check first.
for check in "$member new-idea.xhtml" "$staff moderation.xhtml"; do
  page="$(curl -sS -L -H "Cookie: ${check% *}" "$BASE/${check##* }")"
  grep -q 'id="logout:logout"' <<<"$page" || die "${check##* } does not show its session as logged in"
done

# audit NAME PATH [lighthouse options]: RUNS runs, each into OUT/NAME-N.json.
audit() {
  local name=$1 path=$2 i; shift 2
  for i in $(seq "$RUNS"); do
    log "Lighthouse $name ($i/$RUNS): $BASE/$path"
    CHROME_PATH="$KRING_CHROME_BINARY" "$TOOL/node_modules/.bin/lighthouse" "$BASE/$path" --quiet --output=json \
      --output-path="$OUT/$name-$i.json" --chrome-flags="$KRING_CHROME_FLAGS" "$@" ||
      log "Lighthouse failed on $name ($i/$RUNS)"
  done
}
audit home index.xhtml
audit board "$topic"
audit idea "$IDEA"
audit search "search.xhtml?q=$QUERY"
audit login login.xhtml
# Lighthouse starts a fresh browser profile: the member's and the staff's sessions go in as a header.
audit new-idea new-idea.xhtml --extra-headers="{\"Cookie\":\"$member\"}"
for page in moderation needs-answer dashboard insights; do
  audit "$page" "$page.xhtml" --extra-headers="{\"Cookie\":\"$staff\"}"
done
for i in $(seq "$RUNS"); do
  log "Lighthouse idea-repeat ($i/$RUNS): $BASE/$IDEA, loaded twice"
  CHROME_PATH="$KRING_CHROME_BINARY" KRING_CHROME_FLAGS="$KRING_CHROME_FLAGS" \
    node "$KRING_HOME/bench/lighthouse/repeat-visit.mjs" "$TOOL" "$BASE/$IDEA" idea-repeat "$i" "$OUT" >&2 ||
    log "Lighthouse failed on idea-repeat ($i/$RUNS)"
done
rm -f "$JAR"

echo "lighthouse.version=$("$TOOL/node_modules/.bin/lighthouse" --version) with $("$KRING_CHROME_BINARY" --version 2>/dev/null | grep -o '[A-Za-z]* [0-9][0-9.]*' | head -n 1)"
node "$KRING_HOME/bench/lighthouse/summary.js" "$OUT"
