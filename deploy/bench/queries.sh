#!/usr/bin/env bash
# The moderation queue's, the dashboard's, the action tracker's, the board decisions' and "You said, we did"'s
# queries (as the services send them) at the data set's full size on the MariaDB server
# (10.11 here; the in-process benchmarks use the embedded 11.4): each run ROUNDS times in one session,
# timed by the server (SHOW PROFILES), median and 95th percentile. Writes target/bench/queries.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
ROUNDS=${ROUNDS:-30}
ask() { mariadb -uroot -h127.0.0.1 -N "$BENCH_DB" -e "$1"; }
# a theme, and an action with progress notes, to ask about as the screens do
THEME=$(ask "select min(id) from theme where active")
ACTION=$(ask "select max(action_id) from board_action_update")
ACTION_COLUMNS="a.id, a.closed_at, a.created_at, a.decision_id, a.due_on, a.explanation, a.owner_id, a.owner_name, a.status, a.title, a.version"
SHARED_OF_THEME="c.status = 'APPROVED' and c.about is null and (select count(t.theme_id) from contribution_theme t where t.contribution_id = c.id and t.theme_id = $THEME) > 0"
declare -A QUERIES=(
  [queueFirstPage]="select c.id from contribution c where c.status = 'WAITING' order by c.urgent desc, c.submitted_at, c.id limit 50"
  [queueCount]="select count(*) from contribution where status = 'WAITING'"
  [dashboardThemes12MonthsFromMonthlyCounts]="select theme_id, sum(views) from insight_month where dimension = 'TOTAL' and month between date_format(now() - interval 11 month, '%Y-%m-01') and date_format(now(), '%Y-%m-01') group by theme_id"
  [dashboardMoods12MonthsFromMonthlyCounts]="select value, sum(views) from insight_month where dimension = 'MOOD' and theme_id = 0 and month between date_format(now() - interval 11 month, '%Y-%m-01') and date_format(now(), '%Y-%m-01') group by value"
  [trackerFirstPage]="select $ACTION_COLUMNS from board_action a order by a.due_on, a.id limit 50"
  [trackerCount]="select count(a.id) from board_action a"
  [trackerOverdueFirstPage]="select $ACTION_COLUMNS from board_action a where a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.due_on < curdate() order by a.due_on, a.id limit 50"
  [trackerOverdueCount]="select count(a.id) from board_action a where a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.due_on < curdate()"
  [trackerThemeFirstPage]="select $ACTION_COLUMNS from board_action a where a.decision_id in (select d.id from board_decision d join board_decision_theme t on t.decision_id = d.id where t.theme_id = $THEME) order by a.due_on, a.id limit 50"
  [trackerUpdatesOfOneAction]="select u.id, u.action_id, u.text, u.written_at, u.written_by from board_action_update u where u.action_id = $ACTION order by u.written_at desc, u.id desc"
  [decisionsNewest500]="select d.id, d.meeting_id, d.reason, d.recorded_at, d.recorded_by, d.title, d.version from board_decision d order by d.recorded_at desc, d.id desc limit 500"
  [decisionsTheirActions]="select $ACTION_COLUMNS from board_action a join (select id from board_decision order by recorded_at desc, id desc limit 500) d on d.id = a.decision_id order by a.due_on, a.id"
  [decisionsTheirViewLinks]="select v.decision_id, v.contribution_id from board_decision_view v join (select id from board_decision order by recorded_at desc, id desc limit 500) d on d.id = v.decision_id"
  [decisionsFiguresSharedViews]="select sum(m.views) from insight_month m where m.dimension = 'TOTAL' and m.theme_id = 0"
  [baselineDecisionsFiguresSharedViewsCountedFromViews]="select count(c.id) from contribution c where c.status = 'APPROVED' and c.about is null"
  [decisionsFiguresAnswers]="select a.verdict, count(a.id) from board_response_answer a group by a.verdict"
  [decisionsFiguresOpenAndOverdue]="select count(*), sum(a.due_on < curdate()) from board_action a where a.status in ('NOT_STARTED', 'IN_PROGRESS')"
  [youSaidQuotesOfTheme]="select c.id from contribution c where $SHARED_OF_THEME and c.quote = 1 order by c.decided_at desc limit 3"
  [youSaidSharedCountPerTheme]="select m.theme_id, sum(m.views) from insight_month m where m.dimension = 'TOTAL' and m.month between '2000-01-01' and '9999-12-01' group by m.theme_id"
  [baselineYouSaidSharedCountOfThemeCountedFromViews]="select count(c.id) from contribution c where $SHARED_OF_THEME"
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
