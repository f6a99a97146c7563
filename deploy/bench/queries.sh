#!/usr/bin/env bash
# The moderation queue's and the dashboard's queries at the data set's full size on the MariaDB server
# (10.11 here; the in-process benchmarks use the embedded 11.4): each run ROUNDS times in one session,
# timed by the server (SHOW PROFILES), median and 95th percentile. Writes target/bench/queries.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
ROUNDS=${ROUNDS:-30}
declare -A QUERIES=(
  [queueFirstPage]="select c.id from contribution c where c.status = 'WAITING' order by c.urgent desc, c.submitted_at, c.id limit 50"
  [queueCount]="select count(*) from contribution where status = 'WAITING'"
  [dashboardThemes12MonthsFromMonthlyCounts]="select theme_id, sum(views) from insight_month where dimension = 'TOTAL' and month between date_format(now() - interval 11 month, '%Y-%m-01') and date_format(now(), '%Y-%m-01') group by theme_id"
  [dashboardMoods12MonthsFromMonthlyCounts]="select value, sum(views) from insight_month where dimension = 'MOOD' and theme_id = 0 and month between date_format(now() - interval 11 month, '%Y-%m-01') and date_format(now(), '%Y-%m-01') group by value"
  [baselineThemes12MonthsCountedFromViews]="select t.theme_id, count(*) from contribution c join contribution_theme t on t.contribution_id = c.id where c.status = 'APPROVED' and c.submitted_month between date_format(now() - interval 11 month, '%Y-%m-01') and date_format(now(), '%Y-%m-01') group by t.theme_id"
)
results=()
for name in "${!QUERIES[@]}"; do
  q=${QUERIES[$name]}
  rounds=$ROUNDS; [[ $name == baseline* ]] && rounds=5
  ms=$( { echo "set profiling = 1; set profiling_history_size = 100;"; for _ in $(seq 1 "$rounds"); do echo "$q;"; done; echo "show profiles;"; } |
        mariadb -uroot -h127.0.0.1 -N "$BENCH_DB" | awk -F'\t' 'NF == 3 && $1 ~ /^[0-9]+$/ && $3 ~ /^select/ {printf "%.3f\n", $2 * 1000}' | sort -n)
  n=$(echo "$ms" | wc -l)
  median=$(echo "$ms" | sed -n "$(( (n + 1) / 2 ))p"); p95=$(echo "$ms" | sed -n "$(( (n * 95 + 99) / 100 ))p")
  echo "$name: median $median ms, p95 $p95 ms ($n rounds, load $(load_average))"
  results+=("\"$name\": {\"medianMs\": $median, \"p95Ms\": $p95, \"rounds\": $n, \"loadAverage\": \"$(load_average)\"}")
done
waiting=$(mariadb -uroot -h127.0.0.1 -N "$BENCH_DB" -e "select count(*) from contribution where status = 'WAITING'")
{ echo "{\"benchmark\": \"queries-at-full-size\", \"measuredAt\": \"$(date -u +%FT%TZ)\", \"mariadb\": \"$(mariadb -uroot -h127.0.0.1 -N -e 'select version()')\", \"waitingViews\": $waiting,"
  echo "\"results\": {"; (IFS=$'\n'; echo "${results[*]}" | sed '$!s/$/,/'); echo "}}"; } > "$OUT/queries.json"
