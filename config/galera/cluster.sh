#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback ports, from Debian's mariadb-server and galera-4.
# For cluster tests and for trying high availability on one machine; production runs one node per
# host (docs/operations.md).
#
#   config/galera/cluster.sh start [DIR]   bootstrap node 1, join nodes 2 and 3; prints DIR and the JDBC URL
#   config/galera/cluster.sh stop DIR      stop every node of the cluster in DIR
#   config/galera/cluster.sh status DIR    cluster size and state as each running node sees it
#   config/galera/cluster.sh url DIR       the portal's LEAPS_DB_URL for this cluster
#
# Settings (environment): GALERA_BASE_PORT (default 13306): node N serves SQL on BASE+N-1 and uses
# BASE+1000+10*N .. +2 for Galera replication, incremental and full state transfer.
# The database `leaps` and the user `leaps`/`leaps` are created on the first start.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=node-env.sh
source "$here/node-env.sh"

command=${1:-}
case "$command" in
  start)
    dir=${2:-}
    if [ -z "$dir" ]; then
      dir=$(mktemp -d -t leaps-galera-XXXXXX)
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    galera_require_packages
    if [ ! -d "$dir/node1/data/mysql" ]; then
      galera_install_datadir "$dir" 1
      galera_start_node "$dir" 1 bootstrap
      galera_wait_synced "$dir" 1
      galera_sql "$dir" 1 "CREATE DATABASE IF NOT EXISTS leaps CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'leaps'@'%' IDENTIFIED BY 'leaps';
        CREATE USER IF NOT EXISTS 'leaps'@'localhost' IDENTIFIED BY 'leaps';
        GRANT ALL PRIVILEGES ON leaps.* TO 'leaps'@'%';
        GRANT ALL PRIVILEGES ON leaps.* TO 'leaps'@'localhost';"
    else
      # A cluster that was stopped whole restarts from the node that stopped last (safe_to_bootstrap).
      galera_start_node "$dir" "$(galera_bootstrap_candidate "$dir")" bootstrap
    fi
    for node in 1 2 3; do
      if ! galera_running "$dir" "$node"; then
        galera_start_node "$dir" "$node" join
        galera_wait_synced "$dir" "$node"
      fi
    done
    echo "Galera cluster of 3 nodes running, data in $dir"
    echo "LEAPS_DB_URL=$(galera_url)"
    ;;
  stop)
    dir=${2:?usage: cluster.sh stop DIR}
    for node in 3 2 1; do
      galera_stop_node "$dir" "$node"
    done
    echo "Galera cluster in $dir stopped"
    ;;
  status)
    dir=${2:?usage: cluster.sh status DIR}
    for node in 1 2 3; do
      if galera_running "$dir" "$node"; then
        echo "node $node: $(galera_sql "$dir" "$node" "SELECT CONCAT(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state_comment'" | tail -n 1)," \
          "cluster size $(galera_sql "$dir" "$node" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_cluster_size'" | tail -n 1)"
      else
        echo "node $node: stopped"
      fi
    done
    ;;
  url)
    galera_url
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
