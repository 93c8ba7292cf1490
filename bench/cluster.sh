# The cluster step of bench/run (issue 11): two Kring instances of the same WAR in one Hazelcast data grid on
# 127.0.0.1 behind nginx (Debian's nginx-light, installed when missing) and a three-node Elasticsearch cluster, then
# the checks of bench/README.md's cluster section. Sourced by bench/run, which provides PostgreSQL and its helpers.
#
# Ports (environment): BENCH_CLUSTER_HTTP_PORT (instance 1; instance 2 on the next port), BENCH_CLUSTER_HZ_PORT
# (instance 1's data grid port; instance 2's the next), BENCH_NGINX_PORT, BENCH_CLUSTER_ES_PORT (node 1's HTTP port;
# nodes 2 and 3 on the next two, their transport ports 10 above).

CLUSTER_HTTP_PORT=${BENCH_CLUSTER_HTTP_PORT:-8291}
CLUSTER_HZ_PORT=${BENCH_CLUSTER_HZ_PORT:-26900}
NGINX_PORT=${BENCH_NGINX_PORT:-8299}
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
CLUSTER_ES_PORT=${BENCH_CLUSTER_ES_PORT:-29230}
# Kring gets all three nodes; the benchmark's own checks read node 1, which stays up.
CLUSTER_ES_URLS="http://127.0.0.1:$CLUSTER_ES_PORT,http://127.0.0.1:$((CLUSTER_ES_PORT + 1)),http://127.0.0.1:$((CLUSTER_ES_PORT + 2))"
CLUSTER_ES_NODE1="http://127.0.0.1:$CLUSTER_ES_PORT"
# Seconds of each write load without a fault, and of the load during which an instance is killed (after 10 s).
CLUSTER_LOAD_SECONDS=${BENCH_CLUSTER_LOAD_SECONDS:-30}
CLUSTER_KILL_SECONDS=40
CLUSTER_WARMUP_SECONDS=10
CLUSTER_PIDS=() NGINX_PID=""

# The same write load, unmeasured: a freshly started instance compiles its hot code meanwhile.
cluster_warmup() {
  KRING_URL=$NGINX_URL bench writeload cluster.warmup "$WORK/tmp/cluster-warmup.acked" "$CLUSTER_WARMUP_SECONDS" 2>/dev/null
}

cluster_url() { echo "http://127.0.0.1:$((CLUSTER_HTTP_PORT + $1 - 1))"; }

# Starts instance N (1 or 2) of the pair and waits for its /health/ready UP.
cluster_start() {
  local n=$1 http=$((CLUSTER_HTTP_PORT + $1 - 1)) start
  ! (exec 3<>"/dev/tcp/127.0.0.1/$http") 2>/dev/null || die "Port $http on 127.0.0.1 is taken: set BENCH_CLUSTER_HTTP_PORT"
  start=$(now_ms)
  KRING_HTTP_PORT="$http" KRING_ES_URL="$CLUSTER_ES_URLS" with_kring_env cluster_micro "$n" "$http"
  KRING_PID=${CLUSTER_PIDS[n]} wait_ready "$(cluster_url "$n")/health/ready" '"elasticsearch".*"status":"UP"\|"status":"UP".*"elasticsearch"' \
    "$start" >/dev/null || { tail -n 40 "$WORK/kring$n.log" >&2; die "Kring instance $n did not get ready (log: $WORK/kring$n.log)"; }
  log "Kring instance $n ready on $(cluster_url "$n") after $(($(now_ms) - start)) ms"
}

# Payara Micro with Kring as instance N on HTTP port PORT. TCP/IP discovery of both data grid ports: multicast,
# Payara's default, need not work on a machine's loopback.
cluster_micro() {
  local n=$1 http=$2
  java -Xmx1g -Djava.io.tmpdir="$WORK/tmp" -XX:-UsePerfData -Dhazelcast.metrics.enabled=false \
    -jar "$WORK/dist/payara-micro.jar" --port "$http" --name "kring$n" --clustername "kring-bench-$CLUSTER_HZ_PORT" \
    --clustermode "tcpip:127.0.0.1:$CLUSTER_HZ_PORT,127.0.0.1:$((CLUSTER_HZ_PORT + 1))" --startport $((CLUSTER_HZ_PORT + n - 1)) \
    --interfaces 127.0.0.1 --deploy "$WORK/dist/kring.war" --contextroot / --prebootcommandfile "$WORK/dist/http.asadmin" \
    >>"$WORK/kring$n.log" 2>&1 &
  CLUSTER_PIDS[n]=$!
}

# Starts the three Elasticsearch nodes (512 MB heap each) at once: none is healthy before a master is elected.
es_cluster_start() {
  local n pids=() seeds="127.0.0.1:$((CLUSTER_ES_PORT + 10)),127.0.0.1:$((CLUSTER_ES_PORT + 11)),127.0.0.1:$((CLUSTER_ES_PORT + 12))"
  for n in 1 2 3; do
    KRING_ES_JAVA_OPTS="-Xms512m -Xmx512m" KRING_ES_SETTINGS="-Ediscovery.type=multi-node -Ecluster.name=kring-bench-$CLUSTER_ES_PORT \
-Enode.name=es$n -Etransport.port=$((CLUSTER_ES_PORT + 9 + n)) -Ediscovery.seed_hosts=$seeds -Ecluster.initial_master_nodes=es1,es2,es3" \
      es_start "$WORK/es$n" $((CLUSTER_ES_PORT + n - 1)) &
    pids+=($!)
  done
  for n in "${pids[@]}"; do wait "$n" || die "The three-node Elasticsearch cluster did not start (logs in $WORK/es1..3/logs)"; done
  curl -fsS "$CLUSTER_ES_NODE1/_cat/nodes?h=name,master" | grep -c . | grep -qx 3 || die "Elasticsearch on $CLUSTER_ES_NODE1 has not 3 nodes"
}

es_cluster_stop() {
  local n
  for n in 1 2 3; do es_stop "$WORK/es$n"; done
}

cluster_kill() {
  local n=$1
  kill -KILL "${CLUSTER_PIDS[n]}" 2>/dev/null || true
  wait "${CLUSTER_PIDS[n]}" 2>/dev/null || true
  CLUSTER_PIDS[n]=""
}

# (Re)starts nginx in front of the given instances (numbers): round robin, the next instance when one does not answer,
# and the header X-Kring-Upstream naming the instance that answered.
nginx_start() {
  local dir="$WORK/nginx" n servers=""
  nginx_stop
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || apt_install nginx-light ||
    die "nginx is missing: install it (apt-get install nginx-light)"
  mkdir -p "$dir/tmp"
  for n in "$@"; do servers+="    server 127.0.0.1:$((CLUSTER_HTTP_PORT + n - 1)) max_fails=1 fail_timeout=10s;"$'\n'; done
  cat >"$dir/nginx.conf" <<EOF
# Written by bench/cluster.sh: the layout of docker/nginx/nginx.conf on 127.0.0.1.
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log notice;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  upstream kring {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://kring;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      # Never retried once sent: a POST (nginx retries only idempotent requests then).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      # Whole answers in memory: no temporary files for nginx's worker user to write.
      proxy_max_temp_file_size 0;
      add_header X-Kring-Upstream \$upstream_addr always;
    }
  }
}
EOF
  "$(command -v nginx || echo /usr/sbin/nginx)" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g 'daemon off;' &
  NGINX_PID=$!
  wait_for_http "$NGINX_URL/health/ready" '"status":"UP"' 30 || die "nginx on $NGINX_URL does not reach Kring (log: $dir/error.log)"
}

nginx_stop() {
  [ -n "$NGINX_PID" ] || return 0
  kill -TERM "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

cluster_stop() {
  local pid
  nginx_stop
  for pid in "${CLUSTER_PIDS[@]}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && { wait "$pid" 2>/dev/null || true; }
  done
  CLUSTER_PIDS=()
  [ -z "${CLUSTER_ES_STARTED:-}" ] || es_cluster_stop
}

# Fails unless both instances logged a data grid of 2 (Payara) and Kring counted its limits in the grid.
cluster_members_check() {
  local n ok=0
  for n in 1 2; do
    if grep -q "DG Size: 2" "$WORK/kring$n.log" && grep -q "data grid has 2 member(s): limits are counted cluster-wide" "$WORK/kring$n.log"; then
      ok=$((ok + 1))
    else
      log "Instance $n did not log a data grid of 2 members with cluster-wide limits (log: $WORK/kring$n.log)"
    fi
  done
  fact cluster.members.passed "$([ "$ok" = 2 ] && echo true || echo false)"
  [ "$ok" = 2 ]
}

# The step itself; returns non-zero when a check failed.
cluster_step() {
  local failed="" urls served victim load
  urls="$(cluster_url 1),$(cluster_url 2)"
  rm -f "$WORK"/kring[12].log
  log "Cluster: three Elasticsearch nodes on $CLUSTER_ES_URLS"
  CLUSTER_ES_STARTED=1
  es_cluster_start
  fact cluster.es.nodes 3
  # The bench driver's own reads of the index go to node 1, the node that stays up.
  local -x KRING_ES_URL=$CLUSTER_ES_NODE1

  log "Cluster: instance 1 alone behind nginx; the index built on the three nodes, 1 replica"
  cluster_start 1
  KRING_URL=$(cluster_url 1) bench reindex cluster.reindex
  curl -fsS -X PUT -H 'Content-Type: application/json' "$CLUSTER_ES_NODE1/contributions/_settings" \
    -d '{"index":{"number_of_replicas":1}}' >/dev/null
  curl -fsS "$CLUSTER_ES_NODE1/_cluster/health?wait_for_status=green&timeout=120s" | grep -q '"status":"green"' ||
    die "The index on the three nodes did not get green with 1 replica"
  nginx_start 1
  log "Cluster: write load through nginx, one instance, ${CLUSTER_LOAD_SECONDS} s after ${CLUSTER_WARMUP_SECONDS} s of warm-up"
  cluster_warmup
  KRING_URL=$NGINX_URL bench writeload cluster.one "$WORK/tmp/cluster-one.acked" "$CLUSTER_LOAD_SECONDS"
  fact cluster.one.seconds "$CLUSTER_LOAD_SECONDS"
  fact cluster.warmup.seconds "$CLUSTER_WARMUP_SECONDS"
  fact cluster.one.load "$(cut -d" " -f1-3 /proc/loadavg)"

  log "Cluster: instance 2 joins; write load through nginx, two instances, ${CLUSTER_LOAD_SECONDS} s after ${CLUSTER_WARMUP_SECONDS} s of warm-up"
  cluster_start 2
  nginx_start 1 2
  cluster_warmup
  bench cluster outbox-before "$urls" "$WORK/tmp/cluster-outbox.state"
  KRING_URL=$NGINX_URL bench writeload cluster.two "$WORK/tmp/cluster-two.acked" "$CLUSTER_LOAD_SECONDS"
  fact cluster.two.seconds "$CLUSTER_LOAD_SECONDS"
  fact cluster.two.load "$(cut -d" " -f1-3 /proc/loadavg)"
  bench cluster outbox-after "$urls" "$WORK/tmp/cluster-outbox.state" || failed+=" outbox"
  KRING_URL=$NGINX_URL bench verify cluster.two "$WORK/tmp/cluster-two.acked" 60 || failed+=" two"
  cluster_members_check || failed+=" members"

  log "Cluster: a rate limit counted across the instances"
  bench cluster limits "$urls" || failed+=" limits"

  log "Cluster: log in through nginx, then kill -9 the instance that served the session during a write load"
  served=$(bench cluster session-login "$NGINX_URL" "$WORK/tmp/cluster-session.state") || failed+=" session"
  victim=$([ "${served##*:}" = $((CLUSTER_HTTP_PORT + 1)) ] && echo 2 || echo 1)
  KRING_URL=$NGINX_URL bench writeload cluster.kill "$WORK/tmp/cluster-kill.acked" "$CLUSTER_KILL_SECONDS" &
  load=$!
  sleep 10
  kill -0 "$load" 2>/dev/null || failed+=" kill(the load ended before the kill)"
  cluster_kill "$victim"
  log "Kring instance $victim ($served) killed (kill -9); nginx goes on with the other"
  wait "$load" || true
  fact cluster.kill.seconds "$CLUSTER_KILL_SECONDS"
  fact cluster.kill.load "$(cut -d" " -f1-3 /proc/loadavg)"
  KRING_URL=$NGINX_URL bench verify cluster.kill "$WORK/tmp/cluster-kill.acked" 120 || failed+=" kill"
  [ -z "$served" ] || bench cluster session-check "$NGINX_URL" "$WORK/tmp/cluster-session.state" || failed+=" session"

  # The elected master when it is node 2 or 3 (a new one must be elected then); node 1 stays: the checks read it.
  local es es_pids
  es=$(curl -fsS "$CLUSTER_ES_NODE1/_cat/master?h=node")
  [ "$es" = es2 ] || [ "$es" = es3 ] && fact cluster.esdown.node "$es (the elected master)" || { es=es3; fact cluster.esdown.node "es3 (not the master)"; }
  log "Cluster: kill -9 of Elasticsearch node $es during a write load and searches"
  # Looked up before the load: on a busy machine reading every process's command line takes seconds.
  es_pids=$(_es_node_pids "$WORK/$es")
  KRING_URL=$NGINX_URL bench cluster esload cluster.esdown "$WORK/tmp/cluster-esdown.acked" "$CLUSTER_KILL_SECONDS" &
  load=$!
  sleep 10
  kill -0 "$load" 2>/dev/null || failed+=" esdown(the load ended before the kill)"
  # shellcheck disable=SC2086
  kill -KILL $es_pids
  log "Elasticsearch node $es killed (kill -9)"
  wait "$load" || true
  fact cluster.esdown.seconds "$CLUSTER_KILL_SECONDS"
  KRING_URL=$NGINX_URL bench cluster esverify cluster.esdown "$WORK/tmp/cluster-esdown.acked" 60 || failed+=" esdown"
  cluster_stop
  [ -z "$failed" ] || { log "Cluster checks failed:$failed"; return 1; }
}
