# Elasticsearch helpers for bin/run and bin/test. Source it after common.sh; do not run it.
#
#   es_provision            unpacks Elasticsearch 9.2.4 (integ-test-zip, from Maven Central) into
#                           $KRING_CACHE/elasticsearch-9.2.4 once; quick when it is already there.
#   es_start HOME_DIR PORT  starts a node whose files all live in HOME_DIR, with the kring-analysis
#                           plugin installed, on 127.0.0.1:PORT; returns when it is yellow/green.
#   es_stop HOME_DIR        stops that node (TERM, then KILL) and leaves nothing running.
#
# HOME_DIR layout (kept between runs, so bin/run keeps its data):
#   dist/     hard-linked copy of the cached distribution (a plain copy across file systems),
#             plus the plugin in dist/plugins/ (a per-node copy, so that two nodes, e.g. bin/run
#             and bin/test, can run side by side with different builds of the plugin)
#   config/   the distribution's config with elasticsearch.yml and jvm.options.d/ from
#             elasticsearch/config/ (rewritten at each start)
#   data/ logs/ tmp/ (ES_TMPDIR) run/elasticsearch.pid
#
# Settings (environment):
#   KRING_ES_PLUGIN_ZIP   the plugin zip (default $KRING_HOME/target/kring-analysis-plugin.zip)
#   KRING_ES_START_TIMEOUT seconds to wait for the node (default 90)
#   KRING_ES_JAVA_OPTS    extra JVM options for the node (JAVA_TOOL_OPTIONS and ES_JAVA_OPTS are not passed on)
#   KRING_ES_SETTINGS     extra node settings, space separated -Ename=value (over elasticsearch.yml's; e.g. the
#                         benchmark's three-node cluster: -Ediscovery.type=multi-node -Enode.name=... ...)

KRING_ES_VERSION=9.2.4
KRING_ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$KRING_ES_VERSION:zip"
KRING_ES_DIST="$KRING_CACHE/elasticsearch-$KRING_ES_VERSION"
KRING_ES_PLUGIN_NAME=kring-analysis

# Runs "$@" while holding an exclusive lock on FILE (when flock exists), so that two scripts
# starting at once do not unpack or install over each other.
_es_locked() {
  local file=$1; shift
  if command -v flock >/dev/null 2>&1; then
    (flock -w 600 9 || die "Timed out waiting for the lock $file"; "$@") 9>"$file"
  else
    "$@"
  fi
}

es_provision() {
  [ -f "$KRING_ES_DIST/.kring-complete" ] && return 0
  mkdir -p "$KRING_CACHE" || die "Cannot create $KRING_CACHE"
  _es_locked "$KRING_CACHE/.elasticsearch.lock" _es_provision_unlocked || exit 1
}

_es_provision_unlocked() {
  [ -f "$KRING_ES_DIST/.kring-complete" ] && return 0
  local work="$KRING_CACHE/.elasticsearch-$KRING_ES_VERSION.partial" zip
  rm -rf "$work" "$KRING_ES_DIST"
  mkdir -p "$work"
  command -v unzip >/dev/null 2>&1 || apt_install unzip || die "unzip is missing (apt-get install unzip)"
  log "Downloading Elasticsearch $KRING_ES_VERSION ($KRING_ES_ARTIFACT) from Maven Central"
  "$MVN" -q dependency:copy -Dartifact="$KRING_ES_ARTIFACT" -DoutputDirectory="$work" </dev/null \
    || die "Could not download $KRING_ES_ARTIFACT with $MVN"
  zip="$work/elasticsearch-$KRING_ES_VERSION.zip"
  [ -f "$zip" ] || die "Maven did not leave $zip"
  unzip -q "$zip" -d "$work" || die "Could not unpack $zip"
  [ -x "$work/elasticsearch-$KRING_ES_VERSION/bin/elasticsearch" ] || die "$zip holds no elasticsearch-$KRING_ES_VERSION/bin/elasticsearch"
  mv "$work/elasticsearch-$KRING_ES_VERSION" "$KRING_ES_DIST"
  rm -rf "$work"
  # Everyone may read it: the node runs as the service user when we are root.
  chmod -R a+rX "$KRING_ES_DIST"
  touch "$KRING_ES_DIST/.kring-complete"
  log "Elasticsearch $KRING_ES_VERSION is in $KRING_ES_DIST"
}

# The pids of processes that run the node of HOME_DIR (its JVM and, if any, its launcher):
# their command line holds -Des.path.home=HOME_DIR/dist exactly.
_es_node_pids() {
  local home=$1 p cmdline
  for p in /proc/[0-9]*; do
    cmdline=$(tr '\0' '\n' 2>/dev/null <"$p/cmdline") || continue
    if grep -qxF -- "-Des.path.home=$home/dist" <<<"$cmdline"; then echo "${p#/proc/}"; fi
  done
  return 0
}

_es_alive() { kill -0 "$1" 2>/dev/null; }

# Those of the given pids that still run.
_es_still_alive() {
  local p
  for p in "$@"; do
    if _es_alive "$p"; then echo "$p"; fi
  done
  return 0
}

# Installs the plugin zip into HOME_DIR/dist unless that very zip is installed already.
_es_install_plugin() {
  local home=$1 zip=$2 port=$3 sum stamp="$1/dist/.$KRING_ES_PLUGIN_NAME.sha256"
  sum=$(sha256sum "$zip" | cut -d' ' -f1)
  [ -d "$home/dist/plugins/$KRING_ES_PLUGIN_NAME" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sum" ] && return 0
  log "Installing the $KRING_ES_PLUGIN_NAME plugin into $home/dist"
  rm -rf "$home/dist/plugins/$KRING_ES_PLUGIN_NAME" "$stamp"
  # (The stamp lives outside plugins/: Elasticsearch takes every entry there for a plugin, even a dot file.)
  # The plugin CLI only writes into dist/plugins; it runs as us (root may run it).
  # It reads elasticsearch.yml, so it needs the port placeholder resolved too.
  if ! env -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS -u JDK_JAVA_OPTIONS -u ES_JAVA_OPTS -u JAVA_HOME \
      ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$home/config" KRING_ES_HTTP_PORT="$port" \
      CLI_JAVA_OPTS="-Djava.io.tmpdir=$home/tmp" \
      "$home/dist/bin/elasticsearch-plugin" install --batch --silent "file://$zip" >"$home/logs/plugin-install.log" 2>&1; then
    cat "$home/logs/plugin-install.log" >&2
    die "Could not install $zip into $home/dist"
  fi
  echo "$sum" >"$stamp"
}

es_start() {
  local home=${1:?usage: es_start HOME_DIR PORT} port=${2:?usage: es_start HOME_DIR PORT}
  local zip=${KRING_ES_PLUGIN_ZIP:-$KRING_HOME/target/kring-analysis-plugin.zip}
  local timeout=${KRING_ES_START_TIMEOUT:-90} started pid d
  require_jdk21
  es_provision
  [ -f "$zip" ] || die "The Elasticsearch plugin $zip is missing: build it first (./mvnw package)"
  zip=$(readlink -f "$zip")
  mkdir -p "$home" || die "Cannot create $home"
  home=$(cd "$home" && pwd)

  # A node of ours still running from an earlier run: stop it, so it starts with today's config and plugin.
  [ -n "$(_es_node_pids "$home")" ] && es_stop "$home"
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    die "Something already answers on 127.0.0.1:$port: pick another port for Elasticsearch"
  fi

  # The node's own copy of the distribution (hard links cost no space), renewed when the cache changed.
  if [ ! -f "$home/dist/.kring-complete" ] || [ "$home/dist/.kring-complete" -ot "$KRING_ES_DIST/.kring-complete" ]; then
    rm -rf "$home/dist"
    cp -al "$KRING_ES_DIST" "$home/dist" 2>/dev/null || { rm -rf "$home/dist"; cp -a "$KRING_ES_DIST" "$home/dist"; } \
      || die "Cannot copy $KRING_ES_DIST to $home/dist"
    touch -r "$KRING_ES_DIST/.kring-complete" "$home/dist/.kring-complete" 2>/dev/null || true
  fi

  # Config: the distribution's files, then ours (the keystore the node creates there is kept).
  rm -rf "$home/tmp" "$home/run"
  mkdir -p "$home/config" "$home/data" "$home/logs" "$home/tmp" "$home/run"
  cp -a "$KRING_ES_DIST/config/." "$home/config/"
  rm -rf "$home/config/jvm.options.d" && mkdir -p "$home/config/jvm.options.d"
  cp "$KRING_HOME/elasticsearch/config/elasticsearch.yml" "$home/config/elasticsearch.yml"
  cp "$KRING_HOME"/elasticsearch/config/jvm.options.d/*.options "$home/config/jvm.options.d/"
  _es_install_plugin "$home" "$zip" "$port"

  ensure_service_user
  # Only the node's own folders: dist/ is hard-linked to the cache and stays read-only.
  give_to_service_user "$home/config" "$home/data" "$home/logs" "$home/tmp" "$home/run"
  if is_root; then
    for d in "$home/dist/lib" "$home/config/elasticsearch.yml" "$home/data"; do
      as_service_user test -r "$d" || die "The service user $KRING_SERVICE_USER cannot reach $d: put KRING_HOME (or the node home) where everyone may enter"
    done
  fi

  log "Starting Elasticsearch $KRING_ES_VERSION on 127.0.0.1:$port (home $home)"
  started=$(date +%s)
  # -d: the launcher starts the node's JVM, detaches it and exits. setsid keeps the node out of
  # our terminal's process group (a Ctrl-C in bin/run must not kill it behind es_stop's back).
  (
    cd "$home" || exit 1
    unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS ES_JAVA_OPTS CLI_JAVA_OPTS
    [ -n "${KRING_ES_JAVA_OPTS:-}" ] && export ES_JAVA_OPTS="$KRING_ES_JAVA_OPTS"
    export ES_JAVA_HOME="$JAVA_HOME" && unset JAVA_HOME
    export ES_PATH_CONF="$home/config" ES_TMPDIR="$home/tmp" KRING_ES_HTTP_PORT="$port"
    # The launcher's own temp files (its JVM-flags probe leaves /tmp/final-flags*/gc.log behind).
    export CLI_JAVA_OPTS="-Djava.io.tmpdir=$home/tmp"
    # shellcheck disable=SC2086
    as_service_user setsid "$home/dist/bin/elasticsearch" -d -p "$home/run/elasticsearch.pid" \
      -Epath.data="$home/data" -Epath.logs="$home/logs" ${KRING_ES_SETTINGS:-}
  ) </dev/null >"$home/logs/launcher.log" 2>&1 &
  local launcher=$!

  # Poll the health; give up early when the launcher reports that the node died while starting.
  local url="http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" launcher_rc=
  while (($(date +%s) - started < timeout)); do
    if wait_for_http "$url" '"status":"\(green\|yellow\)"' 1; then
      [ -n "$launcher_rc" ] || wait "$launcher" 2>/dev/null || true
      pid=$(cat "$home/run/elasticsearch.pid" 2>/dev/null) || true
      log "Elasticsearch is up on 127.0.0.1:$port after $(($(date +%s) - started)) s (pid ${pid:-?})"
      return 0
    fi
    if [ -z "$launcher_rc" ] && ! _es_alive "$launcher"; then
      wait "$launcher" 2>/dev/null && launcher_rc=0 || launcher_rc=$?
      [ "$launcher_rc" = 0 ] || break
    fi
  done
  {
    echo "--- $home/logs/launcher.log"; tail -n 40 "$home/logs/launcher.log" 2>/dev/null || true
    if [ -f "$home/logs/kring-local.log" ]; then echo "--- $home/logs/kring-local.log"; tail -n 60 "$home/logs/kring-local.log" || true; fi
  } >&2
  es_stop "$home"
  if [ -n "$launcher_rc" ] && [ "$launcher_rc" != 0 ]; then
    die "Elasticsearch failed to start on 127.0.0.1:$port (exit code $launcher_rc; logs in $home/logs)"
  fi
  die "Elasticsearch did not come up on 127.0.0.1:$port within $timeout s (logs in $home/logs)"
}

es_stop() {
  local home=${1:?usage: es_stop HOME_DIR} pids i
  [ -d "$home" ] || return 0
  home=$(cd "$home" && pwd)
  # Every process of this node (found by its -Des.path.home), not just the pid file's: that also
  # covers a launcher still waiting, and a pid file that was never written or is stale.
  pids=$(_es_node_pids "$home")
  if [ -n "$pids" ]; then
    log "Stopping Elasticsearch (home $home)"
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
      # shellcheck disable=SC2086
      pids=$(_es_still_alive $pids)
      [ -z "$pids" ] && break
      sleep 0.5
    done
    if [ -n "$pids" ]; then
      log "Elasticsearch did not stop within 30 s: killing it"
      # shellcheck disable=SC2086
      kill -KILL $pids 2>/dev/null || true
      for ((i = 0; i < 20; i++)); do
        # shellcheck disable=SC2086
        pids=$(_es_still_alive $pids)
        [ -z "$pids" ] && break
        sleep 0.5
      done
    fi
  fi
  rm -f "$home/run/elasticsearch.pid"
  [ -z "$pids" ] || die "Elasticsearch (pids $pids) is still running"
}
