#!/usr/bin/env bash
# One plain MariaDB server (no Galera) from the same Debian packages and settings as the cluster
# nodes, for measuring the cluster against a single server side by side (GaleraBenchmark).
#
#   config/galera/single.sh start DIR    install (first time) and start; SQL on GALERA_BASE_PORT + 3
#   config/galera/single.sh stop DIR
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
export GALERA_SINGLE=1
# shellcheck source=node-env.sh
source "$here/node-env.sh"
# The single server takes the port after the three cluster nodes.
galera_sql_port() { echo $((GALERA_BASE_PORT + 3)); }

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
case "$action" in
  start)
    if [ ! -d "$dir/node1/data/mysql" ]; then
      galera_install_datadir "$dir" 1
    fi
    galera_write_config "$dir" 1
    rm -f "$dir/node1/mysqld.pid"
    nohup "$(galera_mariadbd)" --defaults-file="$dir/node1/my.cnf" >>"$dir/node1/console.log" 2>&1 &
    for _ in $(seq 1 120); do
      if galera_sql "$dir" 1 "SELECT 1" >/dev/null 2>&1; then
        galera_sql "$dir" 1 "CREATE DATABASE IF NOT EXISTS leaps CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
          CREATE USER IF NOT EXISTS 'leaps'@'%' IDENTIFIED BY 'leaps';
          GRANT ALL PRIVILEGES ON leaps.* TO 'leaps'@'%';"
        echo "single MariaDB running on port $(galera_sql_port 1), data in $dir"
        exit 0
      fi
      sleep 0.5
    done
    echo "single MariaDB did not start; see $dir/node1/error.log" >&2
    exit 1
    ;;
  stop) galera_stop_node "$dir" 1 ;;
  *) echo "unknown action: $action (start or stop)" >&2; exit 2 ;;
esac
