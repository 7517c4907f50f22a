#!/usr/bin/env bash
# Stops, kills or starts one node of the cluster that config/galera/cluster.sh started in DIR.
#
#   config/galera/node.sh stop DIR N    clean shutdown of node N
#   config/galera/node.sh kill DIR N    kill -9 of node N, as a power cut would
#   config/galera/node.sh start DIR N   node N rejoins the running cluster and catches up (IST or SST)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=node-env.sh
source "$here/node-env.sh"

action=${1:-}
dir=${2:-}
node=${3:-}
if [ -z "$action" ] || [ -z "$dir" ] || [ -z "$node" ]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
dir=$(cd "$dir" && pwd)
case "$action" in
  stop) galera_stop_node "$dir" "$node" ;;
  kill) galera_kill_node "$dir" "$node" ;;
  start)
    galera_start_node "$dir" "$node" join
    galera_wait_synced "$dir" "$node"
    echo "node $node synced"
    ;;
  *)
    echo "unknown action: $action (stop, kill or start)" >&2
    exit 2
    ;;
esac
