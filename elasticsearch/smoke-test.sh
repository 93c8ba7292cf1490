#!/usr/bin/env bash
# Checks a running Elasticsearch node for what Kring needs: the kring-analysis plugin's analyzers
# give the expected terms, and elasticsearch/index/contributions-v1.json creates an index that
# indexes, searches and suggests. It works on a throw-away index (kring-smoke-<pid>) and deletes it.
#
#   elasticsearch/smoke-test.sh [BASE_URL]      (default http://127.0.0.1:9200)
#
# Prints one line per check and "N passed, N failed"; exits non-zero when a check failed.
set -uo pipefail

BASE=${1:-http://127.0.0.1:9200}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
INDEX="kring-smoke-$$"
passed=0 failed=0

command -v python3 >/dev/null 2>&1 || { echo "smoke-test.sh needs python3 (to read JSON)" >&2; exit 2; }

req() { # METHOD PATH [BODY]
  curl -sS --max-time 30 -X "$1" -H 'Content-Type: application/json' "$BASE$2" ${3:+--data-binary "$3"}
}

# The terms an analyzer makes of a text, space separated.
terms() { # ANALYZER TEXT
  local body
  body=$(python3 -c 'import json,sys; print(json.dumps({"analyzer": sys.argv[1], "text": sys.argv[2]}))' "$1" "$2")
  req POST /_analyze "$body" | python3 -c 'import json,sys
d = json.load(sys.stdin)
print(" ".join(t["token"] for t in d["tokens"]) if "tokens" in d else "ERROR " + json.dumps(d.get("error")))'
}

check() { # NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1: expected [$2], got [$3]"
  fi
}

same() { # ANALYZER WORD1 WORD2: both give the same, non-empty terms
  local a b
  a=$(terms "$1" "$2"); b=$(terms "$1" "$3")
  if [ -n "$a" ] && [ "$a" = "$b" ] && [ "${a#ERROR}" = "$a" ]; then
    passed=$((passed + 1)); echo "ok   $1: $2 and $3 -> $a"
  else
    failed=$((failed + 1)); echo "FAIL $1: $2 -> [$a], $3 -> [$b]"
  fi
}

same kring_dutch verpakkingen verpakking
same kring_dutch fietsen fiets
same kring_dutch crème creme
same kring_dutch ideeën ideeen
check "kring_dutch drops stop words" "ideeen cooperatie" "$(terms kring_dutch 'De ideeën van de coöperatie')"
same kring_english voting votes
same kring_english voting voted
check "kring_english possessive, stop words, folding" "member creme brulee idea" "$(terms kring_english "The member's crème brûlée ideas")"
check "kring_folding" "creme brulee a la cafe de fietsen" "$(terms kring_folding 'Crème Brûlée à la CAFÉ, de fietsen')"
check "kring_asciifolding filter" "creme een" "$(req POST /_analyze '{"tokenizer":"standard","filter":["lowercase","kring_asciifolding"],"text":"Crème Één"}' \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(t["token"] for t in d.get("tokens", [])))')"

# The index file: create, index two documents, search, suggest, strict mapping.
created=$(req PUT "/$INDEX" "@$HERE/index/contributions-v1.json" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("acknowledged", False))')
check "contributions-v1.json creates an index" True "$created"
if [ "$created" = True ]; then
  # (A bulk body must end with a newline, which $(...) strips: hence the $'\n'.)
  req POST "/$INDEX/_bulk?refresh=true" "$(cat <<'EOF'
{"index":{"_id":"idea-1"}}
{"type":"idea","id":"idea-1","language":"nl","title":"Minder verpakkingen bij de crème brûlée","body":"Ik stel voor dat we fietsen stimuleren.","tags":["afval"],"status":"open","moderation_state":"approved","author_id":"m-1","age_band":"35-44","region":"utrecht","customer_type":"private","created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z","vote_count":3,"post_count":0,"like_count":0,"suggest":{"input":["Minder verpakkingen bij de crème brûlée"],"weight":3}}
{"index":{"_id":"post-1"}}
{"type":"post","id":"post-1","idea_id":"idea-1","thread_id":"thread-1","parent_id":"idea-1","language":"en","title":"Voting on packaging","body":"Members voted for fewer packages.","moderation_state":"approved","author_id":"m-2","created_at":"2026-11-02T10:00:00Z","vote_count":0,"post_count":0,"like_count":2}
EOF
)"$'\n' >/dev/null
  hits() { req POST "/$INDEX/_search" "$1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(h["_id"] for h in d.get("hits", {}).get("hits", [])) or json.dumps(d.get("error")))'; }
  check "title.nl: verpakking finds verpakkingen" idea-1 "$(hits '{"query":{"match":{"title.nl":"verpakking"}}}')"
  check "body.nl: fiets finds fietsen" idea-1 "$(hits '{"query":{"match":{"body.nl":"fiets"}}}')"
  check "body.en: vote finds voted" post-1 "$(hits '{"query":{"match":{"body.en":"vote"}}}')"
  check "title: creme brulee finds crème brûlée" idea-1 "$(hits '{"query":{"match":{"title":"creme brulee"}}}')"
  check "suggest: folded prefix" "Minder verpakkingen bij de crème brûlée" "$(req POST "/$INDEX/_search" '{"suggest":{"s":{"prefix":"minder verpakkingen bij de creme","completion":{"field":"suggest"}}}}' \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(" | ".join(o["text"] for o in d["suggest"]["s"][0]["options"]))')"
  check "dynamic strict rejects unknown fields" strict_dynamic_mapping_exception "$(req POST "/$INDEX/_doc" '{"unknown_field":1}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin).get("error", {}).get("type"))')"
  req DELETE "/$INDEX" >/dev/null
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
