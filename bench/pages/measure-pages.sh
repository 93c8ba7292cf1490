#!/usr/bin/env bash
# Server time of each main page of a running Kring: p50 and p95 over N requests per page.
#
#   bench/pages/measure-pages.sh [BASE_URL] [N]      (defaults: http://localhost:8080, 100)
#
# Server time = time to first byte minus connection set-up (curl's starttransfer - pretransfer), so the
# transfer of the page body and the client's side are left out. Each page is warmed up first. Requests
# carry a session cookie, as a reader's browser does (an anonymous visitor's, or the demo member's for
# the pages behind login: member@kring.demo / kring-demo, override with KRING_BENCH_EMAIL /
# KRING_BENCH_PASSWORD). The board, idea and thread pages are the first ones the home page links to.
set -euo pipefail

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
N="${2:-100}"
WARMUP="${KRING_BENCH_WARMUP:-10}"
EMAIL="${KRING_BENCH_EMAIL:-member@kring.demo}"
PASSWORD="${KRING_BENCH_PASSWORD:-kring-demo}"
JAR="$(mktemp)"
ANON="$(mktemp)"
trap 'rm -f "$JAR" "$ANON"' EXIT

home="$(curl -fsS -c "$ANON" "$BASE/index.xhtml")"
first() { grep -o "$1" <<<"$home" | head -n 1 | sed 's/&amp;/\&/g'; }
topic="$(first 'topic.xhtml?slug=[a-z0-9-]*')"
idea="$(first 'idea.xhtml?id=[0-9]*')"
thread="$(first 'thread.xhtml?id=[0-9]*')"

# Log in through the login form (a Faces POST with its ViewState), for the profile page.
login="$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/login.xhtml")"
state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login" | head -n 1 | sed 's/.*value="//; s/"$//')"
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:email=$EMAIL" \
  --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=x" \
  --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"

# measure NAME PATH [curl options]: prints NAME, p50 and p95 in milliseconds.
measure() {
  local name="$1" path="$2"; shift 2
  for _ in $(seq "$WARMUP"); do curl -fsS -o /dev/null "$@" "$BASE/$path"; done
  for _ in $(seq "$N"); do
    curl -fsS -o /dev/null -w '%{time_starttransfer} %{time_pretransfer}\n' "$@" "$BASE/$path"
  done | awk '{ print ($1 - $2) * 1000 }' | sort -n | awk -v name="$name" -v path="$path" '
    { t[NR] = $1 }
    END { p50 = t[int(NR * 0.50 + 0.999)]; p95 = t[int(NR * 0.95 + 0.999)];
          printf "%-10s p50 %6.1f ms   p95 %6.1f ms   %s\n", name, p50, p95, path }'
}

echo "Kring at $BASE, $N requests per page after $WARMUP warm-up requests"
measure home index.xhtml -b "$ANON"
measure board "$topic" -b "$ANON"
measure idea "$idea" -b "$ANON"
measure thread "$thread" -b "$ANON"
measure search "search.xhtml?q=statiegeld" -b "$ANON"
measure roadmap roadmap.xhtml -b "$ANON"
measure new-idea new-idea.xhtml -b "$JAR"
measure profile profile.xhtml -b "$JAR"
