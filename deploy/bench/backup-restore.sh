#!/usr/bin/env bash
# Backup and a tested restore at the benchmark data set's size: mariadb-dump --single-transaction of the
# bench schema, restored into a new schema (ourvoice_restore, dropped afterwards), then every table's
# row count compared with the original. Writes target/bench/backup-restore.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
dump="$OUT/ourvoice_bench.sql.gz"
before=$(load_average)
t0=$(date +%s%N)
mariadb-dump -uroot -h127.0.0.1 --single-transaction --routines --triggers --quick "$BENCH_DB" | gzip -1 > "$dump"
dump_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS ourvoice_restore; CREATE DATABASE ourvoice_restore CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
t0=$(date +%s%N)
gunzip -c "$dump" | mariadb -uroot -h127.0.0.1 ourvoice_restore
restore_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
after=$(load_average)
counts() { mariadb -uroot -h127.0.0.1 -N -e "select table_name from information_schema.tables where table_schema='$1' order by 1" |
  while read -r t; do echo "$t $(mariadb -uroot -h127.0.0.1 -N -e "select count(*) from $1.\`$t\`")"; done; }
if diff <(counts "$BENCH_DB") <(counts ourvoice_restore) > "$OUT/restore-diff.txt"; then same=true; else same=false; fi
views=$(mariadb -uroot -h127.0.0.1 -N -e "select count(*) from ourvoice_restore.contribution")
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE ourvoice_restore"
cat > "$OUT/backup-restore.json" <<JSON
{
  "benchmark": "backup-and-restore",
  "measuredAt": "$(date -u +%FT%TZ)",
  "views": $views,
  "dumpMs": $dump_ms,
  "dumpGzipMB": $(( $(stat -c %s "$dump") / 1048576 )),
  "restoreMs": $restore_ms,
  "everyTableSameRowCount": $same,
  "loadAverageBefore": "$before",
  "loadAverageAfter": "$after"
}
JSON
cat "$OUT/backup-restore.json"
