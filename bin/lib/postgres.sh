# PostgreSQL for bin/test and bench/run (bin/run uses embedded H2): a real, throwaway server with no Docker.
# Source after common.sh.
#
#   pg_provision            Finds PostgreSQL server binaries and sets PG_BIN (a folder holding pg_ctl,
#                           initdb and postgres). Order: PG_BIN if already set and complete; pg_ctl on
#                           PATH; /usr/lib/postgresql/*/bin (newest major first); as root with apt,
#                           `apt-get install postgresql` (the cluster Debian creates is stopped and set to
#                           manual start); last, the zonky binaries from Maven Central, unpacked once into
#                           $KRING_CACHE/postgres-zonky. Idempotent; a few milliseconds once done.
#   pg_start DATA_DIR PORT  Creates the cluster when DATA_DIR is missing or empty (initdb: superuser kring,
#                           UTF8, locale C; local socket trust, TCP scram-sha-256 with password kring) plus
#                           database kring owned by kring. Starts it on 127.0.0.1:PORT, unix socket inside
#                           DATA_DIR, fsync on, server log in DATA_DIR/log/postgresql.log, and waits until it
#                           accepts connections. Reuses a server already running on DATA_DIR and PORT.
#                           As root everything runs as $KRING_SERVICE_USER (PostgreSQL refuses root).
#                           The server runs in its own session (pg_ctl does setsid): Ctrl-C does not reach
#                           it, so callers stop it with pg_stop from an EXIT trap.
#                           Exports PG_URL (jdbc:postgresql://127.0.0.1:PORT/kring), PG_USER, PG_PASSWORD,
#                           PG_HOST, PG_PORT, PG_DATA.
#   pg_stop DATA_DIR        Fast shutdown (pg_ctl stop -m fast; immediate after 60 s); returns once the
#                           server is gone. No-op when nothing runs there.
#
# Switches (environment):
#   KRING_PG_FORCE_ZONKY=1    skip system binaries and apt and use the zonky binaries: tests the fallback
#                             that an unprivileged developer without PostgreSQL gets.
#   KRING_PG_ZONKY_VERSION    version of io.zonky.test.postgres:embedded-postgres-binaries-linux-*
#                             (default 14.22.0; Central also has 15.x to 18.x; 18.6.0 was tried: same layout).
#
# Switching between binaries of different majors needs a fresh DATA_DIR: pg_start says so.

KRING_PG_ZONKY_VERSION="${KRING_PG_ZONKY_VERSION:-14.22.0}"

_pg_bin_ok() {
  [ -n "${1:-}" ] && [ -x "$1/pg_ctl" ] && [ -x "$1/initdb" ] && [ -x "$1/postgres" ] &&
    "$1/postgres" --version >/dev/null 2>&1
}

# Major version of the binaries in PG_BIN ("15" for "postgres (PostgreSQL) 15.18 (Debian ...)").
_pg_major() { "$PG_BIN/postgres" --version | awk '{ split($3, v, "."); print v[1] }'; }

# Runs a command as the service user (when root) from /, so that an unreadable cwd (/root) does not matter.
_pg_as() { (cd / && as_service_user "$@"); }

_pg_find_system() {
  local c d
  if c=$(command -v pg_ctl 2>/dev/null); then
    d=$(dirname "$(readlink -f "$c")")
    if _pg_bin_ok "$d"; then printf '%s\n' "$d"; return 0; fi
  fi
  while IFS= read -r d; do
    if _pg_bin_ok "$d"; then printf '%s\n' "$d"; return 0; fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV)
  return 1
}

# After `apt-get install postgresql`, Debian has created and (with an init system) started a cluster
# "main" on port 5432. Kring does not use it: stop the clusters that are new, and make them start manually.
_pg_quiet_new_debian_clusters() {
  local before=$1 ver name port status rest
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  while read -r ver name port status rest; do
    if grep -qx "$ver/$name" <<<"$before"; then continue; fi
    if [ "$status" = online ]; then
      log "Stopping the PostgreSQL cluster $ver/$name that apt started on port $port (Kring runs its own)."
      pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || log "Could not stop cluster $ver/$name."
    fi
    if [ -f "/etc/postgresql/$ver/$name/start.conf" ]; then sed -i 's/^auto\b/manual/' "/etc/postgresql/$ver/$name/start.conf"; fi
  done < <(pg_lsclusters -h 2>/dev/null)
  # With systemd, postgresql.service pulls in the clusters at boot; "manual" above already keeps them out.
  if [ -d /run/systemd/system ]; then systemctl disable --now postgresql >/dev/null 2>&1 || true; fi
}

_pg_zonky() {
  local ver=$KRING_PG_ZONKY_VERSION dir="$KRING_CACHE/postgres-zonky" arch tmp jar txz
  # Cached: the unpacked binaries and a marker with their version.
  if _pg_bin_ok "$dir/bin" && [ "$(cat "$dir/.zonky-version" 2>/dev/null)" = "$ver" ]; then
    PG_BIN="$dir/bin"; return 0
  fi
  case "$(uname -m)" in
    x86_64) arch=amd64 ;;
    aarch64) arch=arm64v8 ;; # not tried
    *) die "No PostgreSQL found and no zonky binaries for $(uname -m). Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql)." ;;
  esac
  log "Fetching PostgreSQL $ver binaries from Maven Central (io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch) ..."
  mkdir -p "$KRING_CACHE"
  tmp=$(mktemp -d "$KRING_CACHE/postgres-zonky.tmp.XXXXXX") || die "Cannot write to $KRING_CACHE"
  if ! (cd "$KRING_HOME" && "$MVN" -q -B -Dstyle.color=never dependency:copy \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$ver" -DoutputDirectory="$tmp/jar" \
      </dev/null >"$tmp/mvn.log" 2>&1); then
    cat "$tmp/mvn.log" >&2
    rm -rf "$tmp"
    die "Could not fetch the PostgreSQL binaries from Maven Central. Install PostgreSQL instead (Debian/Ubuntu: apt-get install postgresql) or put its pg_ctl on PATH."
  fi
  jar=$(printf '%s\n' "$tmp"/jar/*.jar | head -n 1)
  mkdir "$tmp/txz" "$tmp/pg"
  if command -v unzip >/dev/null 2>&1; then unzip -q "$jar" '*.txz' -d "$tmp/txz"
  elif command -v jar >/dev/null 2>&1; then (cd "$tmp/txz" && jar xf "$jar")
  elif command -v python3 >/dev/null 2>&1; then python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$jar" "$tmp/txz"
  else rm -rf "$tmp"; die "Need unzip, jar or python3 to unpack $jar"
  fi
  txz=$(printf '%s\n' "$tmp"/txz/*.txz | head -n 1)
  if [ ! -f "$txz" ] || ! tar -xJf "$txz" --no-same-owner -C "$tmp/pg"; then
    rm -rf "$tmp"; die "Could not unpack the PostgreSQL binaries (needs tar with xz support)."
  fi
  echo "$ver" >"$tmp/pg/.zonky-version"
  chmod -R a+rX "$tmp/pg" # the service user runs them when we are root
  rm -rf "$dir"
  mv -T "$tmp/pg" "$dir" 2>/dev/null || true # a concurrent run may have won: fine if its result is good
  rm -rf "$tmp"
  _pg_bin_ok "$dir/bin" || die "The unpacked PostgreSQL binaries in $dir do not run."
  PG_BIN="$dir/bin"
}

pg_provision() {
  if [ -z "${KRING_PG_FORCE_ZONKY:-}" ]; then
    if _pg_bin_ok "${PG_BIN:-}"; then export PG_BIN; return 0; fi
    if PG_BIN=$(_pg_find_system); then export PG_BIN; return 0; fi
    if is_root && command -v apt-get >/dev/null 2>&1; then
      local before
      before=$(pg_lsclusters -h 2>/dev/null | awk '{ print $1 "/" $2 }') || true
      log "Installing PostgreSQL with apt (package postgresql) ..."
      # Lock timeout: wait for another apt/dpkg run instead of failing. No recommends: only sysstat.
      if NEEDRESTART_SUSPEND=1 apt_install -o DPkg::Lock::Timeout=600 --no-install-recommends postgresql; then
        _pg_quiet_new_debian_clusters "$before"
        if PG_BIN=$(_pg_find_system); then export PG_BIN; return 0; fi
      fi
      log "apt gave no PostgreSQL server; falling back to the binaries from Maven Central."
    fi
  fi
  _pg_zonky
  export PG_BIN
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
_pg_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_pg_init() {
  local data=$1 pwfile out
  pwfile=$(mktemp) || die "mktemp failed"
  printf 'kring\n' >"$pwfile"
  give_to_service_user "$pwfile" "$data"
  if ! out=$(_pg_as "$PG_BIN/initdb" -D "$data" -U kring --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C 2>&1); then
    rm -f "$pwfile"
    printf '%s\n' "$out" >&2
    die "initdb failed in $data"
  fi
  rm -f "$pwfile"
  # The database, made in single-user mode: needs only the postgres binary (zonky has no psql or createdb).
  if ! out=$(printf 'CREATE DATABASE kring OWNER kring;\n' |
      _pg_as "$PG_BIN/postgres" --single -D "$data" -c exit_on_error=true postgres 2>&1); then
    printf '%s\n' "$out" >&2
    find "$data" -mindepth 1 -delete # so the next run starts over
    die "Could not create database kring in $data"
  fi
}

pg_start() {
  local data=${1:-} port=${2:-} have want running_port
  [ -n "$data" ] && [[ $port =~ ^[0-9]+$ ]] || die "usage: pg_start DATA_DIR PORT"
  pg_provision
  ensure_service_user
  mkdir -p "$data" && data=$(cd "$data" && pwd -P) || die "Cannot create $data"
  if is_root && ! as_service_user test -x "$PG_BIN/postgres"; then
    die "User $KRING_SERVICE_USER cannot run $PG_BIN/postgres (a parent folder is private?). Move KRING_CACHE or KRING_HOME somewhere world-readable."
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    [ -z "$(ls -A "$data")" ] || die "$data is neither empty nor a PostgreSQL data folder."
    is_root && ! as_service_user test -x "$(dirname "$data")" &&
      die "User $KRING_SERVICE_USER cannot reach $data (a parent folder is private?)."
    log "Creating a PostgreSQL $(_pg_major) cluster in $data ..."
    _pg_init "$data"
  fi
  have=$(cat "$data/PG_VERSION") want=$(_pg_major)
  [ "$have" = "$want" ] ||
    die "$data holds a PostgreSQL $have cluster but the binaries in $PG_BIN are $want: delete $data (a throwaway test cluster) or use matching binaries."

  if _pg_as "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    running_port=$(sed -n 4p "$data/postmaster.pid")
    [ "$running_port" = "$port" ] || die "PostgreSQL already runs on $data with port $running_port, not $port: pg_stop it first."
    log "PostgreSQL already running on 127.0.0.1:$port ($data)."
  else
    _pg_port_busy "$port" && die "Port $port on 127.0.0.1 is taken; cannot start PostgreSQL there."
    _pg_as mkdir -p "$data/log"
    # unix_socket_directories=. is relative to the data folder (the server runs there): the socket stays
    # inside DATA_DIR, and a long path cannot hit the 107-byte socket path limit on the server side.
    if ! _pg_as "$PG_BIN/pg_ctl" -D "$data" -l "$data/log/postgresql.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=." start >/dev/null; then
      tail -n 20 "$data/log/postgresql.log" >&2 2>/dev/null
      die "PostgreSQL did not start (log: $data/log/postgresql.log)."
    fi
    log "PostgreSQL $want ready on 127.0.0.1:$port ($data)."
  fi
  export PG_HOST=127.0.0.1 PG_PORT=$port PG_DATA=$data
  export PG_URL="jdbc:postgresql://127.0.0.1:$port/kring" PG_USER=kring PG_PASSWORD=kring
}

# True while PID is a live (not zombie) postgres process. A postmaster that pg_ctl started is orphaned,
# so after it exits it can linger a moment as a zombie until init reaps it: that counts as gone.
_pg_alive() {
  local st
  st=$(ps -o stat=,comm= -p "$1" 2>/dev/null) || return 1
  [[ $st != Z* && $st == *postgres* ]]
}

pg_stop() {
  local data=${1:-} pid i
  [ -n "$data" ] || die "usage: pg_stop DATA_DIR"
  [ -f "$data/postmaster.pid" ] || return 0
  pid=$(head -n 1 "$data/postmaster.pid")
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/pg_ctl" ]; then
    _pg_as "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      _pg_as "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  # Without pg_ctl (PG_BIN unset, e.g. in an early trap) or if it failed: signal the postmaster ourselves.
  if _pg_alive "$pid"; then
    kill -INT "$pid" 2>/dev/null # = fast shutdown
    for ((i = 0; i < 60; i++)); do _pg_alive "$pid" || return 0; sleep 1; done
    kill -QUIT "$pid" 2>/dev/null # = immediate shutdown
    for ((i = 0; i < 30; i++)); do _pg_alive "$pid" || return 0; sleep 1; done
    log "PostgreSQL (pid $pid, $data) is still running."
    return 1
  fi
}
