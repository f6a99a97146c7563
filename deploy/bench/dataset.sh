#!/usr/bin/env bash
# The benchmark data set, made in the bench schema by plain SQL (INSERT ... SELECT over MariaDB's
# sequence engine), after the production jar has migrated the schema (startup.sh does that):
#   10 000 accounts: 9 000 young people (a third care leavers) in every age band, 600 workers,
#   300 board members, 100 administrators; every one signs in with the password Bench-password-2026 (bcrypt);
#   20 themes (the 10 of a new installation and 10 more);
#   1 000 000 views over five years with one or two themes and a feeling each: 960 000 shared,
#   37 000 not shared, 3 000 waiting in the moderation queue (the last 30 days, 30 of them urgent);
#   the monthly counts the dashboard reads (insight_month), recounted from the views.
# Decisions, actions and pledges are not generated yet (their tables reached main after this was written).
# Reused between runs: nothing is done when the accounts and views are there.
set -euo pipefail
source "$(dirname "$0")/env.sh"
HASH='{bcrypt}$2a$10$gTopbPdDnwRxK84DSCATLOqMyA36kHzPFgbg3pVQwdSHJlVBBaaJS'
db() { mariadb -uroot -h127.0.0.1 "$BENCH_DB" "$@"; }
have=$(db -N -e "select (select count(*) from account where display_name like 'bench-%') >= 10000
                   and (select count(*) from contribution where text like 'Bench view %') >= 1000000")
if [ "$have" = 1 ]; then echo "data set already there"; exit 0; fi
t0=$(date +%s)
db <<SQL
delete from contribution_theme where contribution_id in (select id from contribution where text like 'Bench view %');
delete from contribution where text like 'Bench view %';
delete from contribution_draft where account_id in (select id from account where display_name like 'bench-%');
delete from account where display_name like 'bench-%';
insert into account (display_name, password_hash, role, age_band, lives_in_county, created_at, language, age_band_confirmed_at)
  select concat('bench-young-', seq), '$HASH', if(seq mod 3 = 0, 'CARE_LEAVER', 'YOUNG_PERSON'),
         if(seq mod 3 = 0, elt(1 + seq mod 2, 'AGE_18_20', 'AGE_21_25'),
            elt(1 + seq mod 4, 'AGE_8_10', 'AGE_11_13', 'AGE_14_15', 'AGE_16_17')),
         seq mod 5 <> 0, now(6) - interval 5 year, 'en', now(6)
  from seq_0_to_8999;
insert into account (display_name, password_hash, role, created_at, language)
  select concat('bench-worker-', seq), '$HASH', 'WORKER', now(6) - interval 5 year, 'en' from seq_0_to_599;
insert into account (display_name, password_hash, role, created_at, language)
  select concat('bench-board-', seq), '$HASH', 'BOARD', now(6) - interval 5 year, 'en' from seq_0_to_299;
insert into account (display_name, password_hash, role, created_at, language)
  select concat('bench-admin-', seq), '$HASH', 'ADMIN', now(6) - interval 5 year, 'en' from seq_0_to_99;
insert ignore into theme (code, name, label, icon, description, sort_order)
  select concat('bench-', seq), concat('Bench theme ', seq), concat('Bench theme ', seq), 'vaadin:star',
         'Added for the benchmark', 200 + seq from seq_0_to_9;
create temporary table young as
  select row_number() over (order by id) - 1 as n, id, role, age_band, lives_in_county
  from account where display_name like 'bench-young-%';
alter table young add primary key (n);
insert into contribution (submission_key, author_id, author_role, age_band, lives_in_county, text, mood, show_name,
    wants_to_talk, urgent, personal_info, status, submitted_at, submitted_month, decided_at, quote, version)
  select uuid(), y.id, y.role, y.age_band, y.lives_in_county, concat('Bench view ', v.seq),
         elt(1 + crc32(concat('m', v.seq)) mod 5, 'VERY_UNHAPPY', 'UNHAPPY', 'OK', 'HAPPY', 'VERY_HAPPY'),
         v.seq mod 10 = 0, false, v.status = 'WAITING' and v.seq mod 100 = 0, false, v.status, v.at,
         date_format(v.at, '%Y-%m-01'), if(v.status = 'WAITING', null, v.at + interval 1 day), false, 0
  from (select seq,
               case when seq < 3000 then 'WAITING' when seq < 40000 then 'NOT_SHARED' else 'APPROVED' end as status,
               if(seq < 3000, now(6) - interval (crc32(concat('w', seq)) mod 2592000) second,
                  now(6) - interval (crc32(concat('d', seq)) mod 1825) day
                         - interval (crc32(concat('s', seq)) mod 86400) second) as at
        from seq_0_to_999999) v
  join young y on y.n = crc32(concat('a', v.seq)) mod 9000;
set @first = (select min(id) from theme);
set @themes = (select count(*) from theme);
insert into contribution_theme (contribution_id, theme_id)
  select id, @first + mod(crc32(concat('t', id)), @themes) from contribution where text like 'Bench view %';
insert ignore into contribution_theme (contribution_id, theme_id)
  select id, @first + mod(crc32(concat('u', id)), @themes) from contribution where text like 'Bench view %' and mod(id, 2) = 0;
SQL
echo "accounts and views: $(( $(date +%s) - t0 )) s"
db -e "delete from insight_month"
for dim in "TOTAL|''" "MOOD|c.mood" "ROLE|c.author_role" "AGE_BAND|coalesce(c.age_band, '')" \
    "COUNTY|case when c.lives_in_county is null then 'UNKNOWN' when c.lives_in_county then 'IN' else 'OUT' end"; do
  name=${dim%%|*}; value=${dim#*|}
  db -e "insert into insight_month (dimension, month, theme_id, value, views)
           select '$name', c.submitted_month, 0, $value, count(*) from contribution c where c.status = 'APPROVED' group by 2, 4;
         insert into insight_month (dimension, month, theme_id, value, views)
           select '$name', c.submitted_month, t.theme_id, $value, count(*)
           from contribution c join contribution_theme t on t.contribution_id = c.id
           where c.status = 'APPROVED' group by 2, 3, 4;"
done
db -e "analyze table account, contribution, contribution_theme, insight_month" >/dev/null
echo "data set made in $(( $(date +%s) - t0 )) s (load average $(load_average))"
db -e "select status, count(*) from contribution group by status; select role, count(*) from account group by role"
