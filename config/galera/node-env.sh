# Functions shared by cluster.sh and node.sh (sourced, not run). One option file per node, so that
# the state-transfer scripts Galera runs read the same settings as the server.

GALERA_BASE_PORT=${GALERA_BASE_PORT:-13306}
GALERA_PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}

galera_sql_port() { echo $((GALERA_BASE_PORT + $1 - 1)); }
galera_repl_port() { echo $((GALERA_BASE_PORT + 1000 + 10 * $1)); }
galera_ist_port() { echo $((GALERA_BASE_PORT + 1001 + 10 * $1)); }
galera_sst_port() { echo $((GALERA_BASE_PORT + 1002 + 10 * $1)); }

galera_url() {
  echo "jdbc:mariadb:sequential://127.0.0.1:$(galera_sql_port 1),127.0.0.1:$(galera_sql_port 2),127.0.0.1:$(galera_sql_port 3)/leaps"
}

galera_require_packages() {
  local missing=()
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ -f "$GALERA_PROVIDER" ] || missing+=(galera-4)
  command -v mariabackup >/dev/null 2>&1 || missing+=(mariadb-backup)
  command -v socat >/dev/null 2>&1 || missing+=(socat)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing Debian packages: ${missing[*]} (apt-get install mariadb-server galera-4 mariadb-backup)" >&2
    exit 3
  fi
}

galera_mariadbd() {
  if command -v mariadbd >/dev/null 2>&1; then command -v mariadbd; else echo /usr/sbin/mariadbd; fi
}

galera_write_config() {
  local dir=$1 node=$2 home="$1/node$2"
  local members="127.0.0.1:$(galera_repl_port 1),127.0.0.1:$(galera_repl_port 2),127.0.0.1:$(galera_repl_port 3)"
  mkdir -p "$home/data" "$home/tmp"
  cat >"$home/my.cnf" <<EOF
[mysqld]
datadir=$home/data
tmpdir=$home/tmp
socket=$home/mysqld.sock
pid-file=$home/mysqld.pid
log-error=$home/error.log
port=$(galera_sql_port "$node")
bind-address=127.0.0.1
$( [ "$(id -u)" = 0 ] && echo "user=root" )
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=128M
innodb_log_file_size=48M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
$( [ "${GALERA_SINGLE:-}" = 1 ] && echo "wsrep_on=OFF" && echo "[cluster-only-settings-unused-here]" )
wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=leaps
wsrep_cluster_address=gcomm://$members
wsrep_node_name=node$node
wsrep_node_address=127.0.0.1:$(galera_repl_port "$node")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(galera_repl_port "$node");ist.recv_addr=127.0.0.1:$(galera_ist_port "$node");gcache.size=128M"
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:$(galera_sst_port "$node")

[client]
socket=$home/mysqld.sock
user=root
EOF
}

galera_install_datadir() {
  local dir=$1 node=$2
  galera_write_config "$dir" "$node"
  mariadb-install-db --defaults-file="$dir/node$node/my.cnf" --auth-root-authentication-method=normal \
    --skip-test-db >"$dir/node$node/install.log" 2>&1
}

galera_pid() {
  local pidfile="$1/node$2/mysqld.pid"
  [ -f "$pidfile" ] && cat "$pidfile"
}

galera_running() {
  local pid
  pid=$(galera_pid "$1" "$2") || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

galera_sql() {
  mariadb --defaults-file="$1/node$2/my.cnf" -N -B -e "$3"
}

galera_start_node() {
  local dir=$1 node=$2 mode=$3 home="$1/node$2"
  galera_write_config "$dir" "$node"
  local extra=()
  if [ "$mode" = bootstrap ]; then
    extra+=(--wsrep-new-cluster)
    # The node we bootstrap from is, by choice, the one with the newest state.
    [ -f "$home/data/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$home/data/grastate.dat"
  fi
  if [ "$mode" = join ] && [ -f "$home/data/grastate.dat" ] && grep -q '^seqno: *-1' "$home/data/grastate.dat"; then
    # Killed rather than stopped: recover the last committed position from InnoDB, so that the
    # node asks the cluster only for what it missed (incremental transfer) instead of everything.
    local position
    "$(galera_mariadbd)" --defaults-file="$home/my.cnf" --wsrep-recover --log-error="$home/recover.log" >/dev/null 2>&1 || true
    position=$(sed -n 's/.*WSREP: Recovered position: *//p' "$home/recover.log" | tail -n 1)
    [ -n "$position" ] && extra+=("--wsrep-start-position=$position")
  fi
  rm -f "$home/mysqld.pid"
  nohup "$(galera_mariadbd)" --defaults-file="$home/my.cnf" "${extra[@]}" >>"$home/console.log" 2>&1 &
  echo "node $node starting (${mode}) on port $(galera_sql_port "$node")"
}

galera_wait_synced() {
  local dir=$1 node=$2 state=""
  for _ in $(seq 1 240); do
    state=$(galera_sql "$dir" "$node" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state_comment'" 2>/dev/null || true)
    if [ "$state" = "Synced" ]; then
      return 0
    fi
    sleep 0.5
  done
  echo "node $node did not reach Synced within 120 s (last state: ${state:-none}); see $dir/node$node/error.log" >&2
  tail -n 20 "$dir/node$node/error.log" >&2 || true
  return 1
}

galera_stop_node() {
  local dir=$1 node=$2 pid
  pid=$(galera_pid "$dir" "$node") || return 0
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { echo "node $node stopped"; return 0; }
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  echo "node $node did not stop in 60 s and was killed"
}

galera_kill_node() {
  local dir=$1 node=$2 pid
  pid=$(galera_pid "$dir" "$node") || { echo "node $node is not running"; return 0; }
  kill -9 "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  echo "node $node killed"
}

galera_bootstrap_candidate() {
  local dir=$1 node
  for node in 1 2 3; do
    if grep -q '^safe_to_bootstrap: 1' "$dir/node$node/data/grastate.dat" 2>/dev/null; then
      echo "$node"
      return
    fi
  done
  echo 1
}
