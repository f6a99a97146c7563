#!/usr/bin/env bash
# Two copies of the production jar on loopback (node1 on 18181, node2 on 18182) behind Debian's nginx
# (deploy/nginx/ourvoice.conf on 18180, sticky by the node name in the session id), one MariaDB schema
# (ourvoice_twonode, made afresh each run on 127.0.0.1:3306). Checks, over HTTP as browsers do
# (deploy/bench/TwoNodes.java): both nodes serve; a signed-in person stays on their node; a node killed
# mid-use loses nothing sent or typed (its people sign in again on the other node and find their draft);
# the retention job, scheduled every 5 seconds on both nodes for this check, runs once (ShedLock).
# Usage: deploy/two-nodes.sh  (needs the jar from ./mvnw -Pproduction -DskipTests package). Writes
# target/bench/two-nodes.txt.
set -euo pipefail
source "$(dirname "$0")/bench/env.sh"
BENCH_DB=ourvoice_twonode
ensure_jar
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $BENCH_DB"
ensure_db
NGX="$OUT/nginx"
mkdir -p "$NGX"
cat > "$NGX/nginx.conf" <<CONF
worker_processes 1;
error_log $NGX/error.log;
pid $NGX/nginx.pid;
events { worker_connections 1024; }
http {
    access_log $NGX/access.log;
    client_body_temp_path $NGX/body;
    proxy_temp_path $NGX/proxy;
    fastcgi_temp_path $NGX/fastcgi;
    uwsgi_temp_path $NGX/uwsgi;
    scgi_temp_path $NGX/scgi;
    include $ROOT/deploy/nginx/ourvoice.conf;
}
CONF
ensure_aot
export OURVOICE_RETENTION_CRON='*/5 * * * * *'
pid1=$(JAR="$AOT_JAR" start_node 18181 "$OUT/node1.log" node1 "${AOT_OPTS[@]}")
wait_for_login 18181 >/dev/null   # node1 migrates the new schema first
pid2=$(JAR="$AOT_JAR" start_node 18182 "$OUT/node2.log" node2 "${AOT_OPTS[@]}")
cleanup() {
  kill "$pid1" "$pid2" 2>/dev/null || true
  [ -f "$NGX/nginx.pid" ] && /usr/sbin/nginx -p "$NGX" -c "$NGX/nginx.conf" -s stop 2>/dev/null || true
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $BENCH_DB; REVOKE ALL ON $BENCH_DB.* FROM '$BENCH_DB_USER'@'127.0.0.1'" || true
}
trap cleanup EXIT
wait_for_login 18182 >/dev/null
/usr/sbin/nginx -p "$NGX" -c "$NGX/nginx.conf"
HASH='{bcrypt}$2a$10$gTopbPdDnwRxK84DSCATLOqMyA36kHzPFgbg3pVQwdSHJlVBBaaJS'
mariadb -uroot -h127.0.0.1 "$BENCH_DB" -e "insert into account (display_name, password_hash, role, age_band,
  lives_in_county, created_at, last_sign_in_at, language, age_band_confirmed_at)
  select concat('twonode-young-', seq), '$HASH', 'YOUNG_PERSON', 'AGE_14_15', true, now(6), now(6), 'en', now(6)
  from seq_1_to_2"
report="$OUT/two-nodes.txt"
{
  echo "two nodes behind nginx, $(date -u +%FT%TZ), load average $(load_average)"
  for port in 18181 18182; do echo "health of 127.0.0.1:$port: $(curl -s http://127.0.0.1:$port/actuator/health/readiness)"; done
  (cd "$BENCH_DIR" && "$JAVA_HOME/bin/java" TwoNodes.java http://127.0.0.1:18180 "$pid1" "$pid2")
  sleep 12   # both nodes keep trying the 5-second retention job
  runs=$(mariadb -uroot -h127.0.0.1 -N "$BENCH_DB" -e "select count(*) from retention_run")
  if [ "$runs" = 1 ]; then
    echo "PASS the retention job, due every 5 seconds on both nodes, ran once (retention_run rows: $runs; lock: $(mariadb -uroot -h127.0.0.1 -N "$BENCH_DB" -e "select name, locked_at, lock_until from shedlock"))"
  else
    echo "FAIL the retention job ran $runs times"; exit 1
  fi
} 2>&1 | tee "$report"
grep -q '^FAIL' "$report" && exit 1
grep -q 'ALL PASSED' "$report"
