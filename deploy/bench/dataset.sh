#!/usr/bin/env bash
# The benchmark data set, made in the bench schema by plain SQL (INSERT ... SELECT over MariaDB's
# sequence engine), after the production jar has migrated the schema (startup.sh does that). Rows are
# written as the portal's own services write them (the same enum names, optimistic-lock versions, audit
# lines, inbox messages and engagement ledger), dated over the last five years up to today:
#   views: 10 000 accounts: 9 000 young people (a third care leavers) in every age band, 600 workers,
#     300 board members, 100 administrators; every one signs in with the password Bench-password-2026
#     (bcrypt); 20 themes (the 10 of a new installation and 10 more);
#     1 000 000 views over five years with one or two themes and a feeling each: 960 000 shared,
#     37 000 not shared, 3 000 waiting in the moderation queue (the last 30 days, 30 of them urgent);
#     the monthly counts the dashboard reads (insight_month), recounted from the shared views.
#   board: 61 board meetings (one a month on the 10th for five years, and the next one in three weeks), 305
#     agenda items naming 900 themes and 900 shared views; 600 decisions (10 a meeting held) on 900 themes,
#     answering 2 951 shared views of the month before; 2 100 actions owned by 40 board members and 60 workers,
#     due 1-6 months after the meeting: 1 729 done, 98 not possible (with an explanation), 167 in progress,
#     106 not started, 187 of them overdue; 4 988 progress updates; 539 "You said, we did" responses with
#     12 371 young people's answers (1 215 with a comment, shared); 2 668 inbox messages to the young people
#     whose views were answered; 966 shared views chosen as quotes; the audit lines.
#   pledges: the Pledge (for children in care) and the Care Leavers Local Offer, each in 6 versions (five
#     adopted a year apart, the newest four months ago, and one open for ideas now), 6 sections and 24 promises
#     a version (288); 960 suggestions and comments by young people (their words shared): 53 taken in, 335 not
#     taken with a reason; 3 316 backings, 7 058 ratings; 816 quarterly delivery updates (a fifth linked to
#     board actions); 947 lines of document history.
#   opportunities: 175 things to join (a board seat at every meeting, a monthly Children in Care Council, a
#     consultation every two months, a training every three, up to two months ahead), 2 822 sign-ups (2 193
#     with a place, 384 waiting, 245 cancelled) with support needs; 1 725 came, 247 did not, and the 91 board
#     attendances that seats give; 431 "how was it?" answers; the inbox messages and audit lines.
#   ledger: the engagement figures' ledger as the portal fills it (1 015 056 times taking part, 91 board
#     meetings attended), and its one-off copy of earlier writing marked done, so the first start does not
#     copy a million views one by one.
# Made in about 8.5 minutes from an empty schema (in minutes: views 3, board 0.2-2.5, pledges 0.7-2.5,
# opportunities 0.7-1.6, ledger 1.5), or about 6 minutes for everything but the views, on 2 shared cores
# under a load average of 10-18.
# Reused between runs: each part is made only when it is missing; a part made again makes the parts
# after it again too (they point at its rows). So an existing schema with the views gets the board,
# pledge and opportunity data without its views being made again, and a complete one is left alone.
# REMAKE=board (or pledges, opportunities, ledger) makes that part and the ones after it again, as after a
# change to how they are made. Everything made here is found again by its "Bench" texts and bench-* accounts.
set -euo pipefail
source "$(dirname "$0")/env.sh"
HASH='{bcrypt}$2a$10$gTopbPdDnwRxK84DSCATLOqMyA36kHzPFgbg3pVQwdSHJlVBBaaJS'
db() { mariadb -uroot -h127.0.0.1 "$BENCH_DB" "$@"; }

PARTS=(views board pledges opportunities ledger)

have_views() {
  db -N -e "select (select count(*) from account where display_name like 'bench-%') >= 10000
              and (select count(*) from contribution where text like 'Bench view %') >= 1000000"
}
have_board() { db -N -e "select count(*) = 61 from board_meeting where place like 'Bench: %'"; }
have_pledges() { db -N -e "select count(*) = 2 from pledge_document where title like 'Bench: %'"; }
have_opportunities() { db -N -e "select count(*) > 0 from opportunity where title like 'Bench: %'"; }
have_ledger() { db -N -e "select count(*) = 1 from reporting_backfill where name = 'bench-ledger'"; }

# The bench accounts and themes numbered from 0, for picking them by arithmetic. Picks hash with
# crc32(md5(...)): crc32 alone is linear, so two crc32 picks of one row would go together (a sample of views
# taken by one would hold only a quarter of the themes assigned by another).
PICK=$(cat <<'SQL'
create temporary table bench_theme (primary key (n))
  select row_number() over (order by id) - 1 as n, id, name from theme where active;
set @themes = (select count(*) from bench_theme);
create temporary table bench_board (primary key (n))
  select row_number() over (order by id) - 1 as n, id, display_name from account where display_name like 'bench-board-%';
create temporary table bench_worker (primary key (n))
  select row_number() over (order by id) - 1 as n, id, display_name from account where display_name like 'bench-worker-%';
create temporary table bench_young (primary key (n))
  select row_number() over (order by id) - 1 as n, id, role, age_band, lives_in_county
  from account where display_name like 'bench-young-%';
SQL
)

clean_views() {
  db <<'SQL'
delete from contribution_theme where contribution_id in (select id from contribution where text like 'Bench view %');
delete from contribution where text like 'Bench view %';
delete from contribution_draft where account_id in (select id from account where display_name like 'bench-%');
delete from notice where recipient_id in (select id from account where display_name like 'bench-%');
delete from account where display_name like 'bench-%';
SQL
}

make_views() {
  db <<SQL
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
  # the monthly counts of shared views (writing about a response, a pledge or an event is not a view)
  db -e "delete from insight_month"
  for dim in "TOTAL|''" "MOOD|c.mood" "ROLE|c.author_role" "AGE_BAND|coalesce(c.age_band, '')" \
      "COUNTY|case when c.lives_in_county is null then 'UNKNOWN' when c.lives_in_county then 'IN' else 'OUT' end"; do
    name=${dim%%|*}; value=${dim#*|}
    db -e "insert into insight_month (dimension, month, theme_id, value, views)
             select '$name', c.submitted_month, 0, $value, count(*) from contribution c
             where c.status = 'APPROVED' and c.about is null group by 2, 4;
           insert into insight_month (dimension, month, theme_id, value, views)
             select '$name', c.submitted_month, t.theme_id, $value, count(*)
             from contribution c join contribution_theme t on t.contribution_id = c.id
             where c.status = 'APPROVED' and c.about is null group by 2, 3, 4;"
  done
}

clean_board() {
  db <<'SQL'
delete from notice where message_key = 'yousaid.notice.response'
  and recipient_id in (select id from account where display_name like 'bench-%');
delete from audit_entry where action in ('DECISION_RECORDED', 'RESPONSE_PUBLISHED', 'QUOTE_CHOSEN') and actor_name like 'bench-%';
create temporary table gone_decision (primary key (id))
  select d.id from board_decision d join board_meeting m on m.id = d.meeting_id where m.place like 'Bench: %';
delete c from contribution c join board_response r on c.about = 'RESPONSE' and c.about_id = r.id
  join gone_decision d on d.id = r.decision_id;
delete a from board_response_answer a join board_response r on r.id = a.response_id join gone_decision d on d.id = r.decision_id;
delete r from board_response r join gone_decision d on d.id = r.decision_id;
delete u from board_action_update u join board_action a on a.id = u.action_id join gone_decision d on d.id = a.decision_id;
delete a from board_action a join gone_decision d on d.id = a.decision_id;
delete b from board_decision b join gone_decision d on d.id = b.id;
delete i from board_agenda_item i join board_meeting m on m.id = i.meeting_id where m.place like 'Bench: %';
delete from board_meeting where place like 'Bench: %';
update contribution set quote = false where quote and text like 'Bench view %';
SQL
}

make_board() {
  db <<SQL
start transaction;
$PICK
-- a worker chooses 1 in 1 000 shared views as a quote ("You said, we did" shows three per theme)
update contribution set quote = true
  where text like 'Bench view %' and status = 'APPROVED' and crc32(md5(concat('q', id))) mod 1000 = 0;
insert into audit_entry (occurred_at, actor_account_id, actor_name, action, subject, detail)
  select c.decided_at + interval 2 hour, w.id, w.display_name, 'QUOTE_CHOSEN', concat('view ', c.id), null
  from contribution c join bench_worker w on w.n = c.id mod 60
  where c.quote and c.text like 'Bench view %';

-- one meeting a month on the 10th for five years, and the next one in three weeks
insert into board_meeting (version, meets_on, place, created_at)
  select 0, date_format(curdate() - interval seq month, '%Y-%m-10'), 'Bench: Shirehall, Committee Room 1',
         timestamp(date_format(curdate() - interval seq month, '%Y-%m-10')) - interval 40 day
  from seq_1_to_60;
insert into board_meeting (version, meets_on, place, created_at)
  values (0, curdate() + interval 21 day, 'Bench: Shirehall, Committee Room 1', now(6) - interval 5 day);
create temporary table bench_meeting (primary key (n))
  select row_number() over (order by meets_on) - 1 as n, id, meets_on, meets_on < curdate() as held
  from board_meeting where place like 'Bench: %';

-- the shared views each meeting considers: a sample of those shared in the month before, by theme
create temporary table bench_pool (primary key (meeting_n, theme_n, rn))
  select m.n as meeting_n, t.n as theme_n, p.contribution_id, p.rn
  from (select c.submitted_month, ct.theme_id, c.id as contribution_id,
               row_number() over (partition by c.submitted_month, ct.theme_id order by crc32(md5(concat('p', c.id))), c.id) as rn
        from contribution c join contribution_theme ct on ct.contribution_id = c.id
        where c.text like 'Bench view %' and c.status = 'APPROVED' and c.about is null
          and crc32(md5(concat('p', c.id))) mod 40 = 0) p
  join bench_theme t on t.id = p.theme_id
  join bench_meeting m on date_format(m.meets_on, '%Y-%m-01') = p.submitted_month + interval 1 month
  where p.rn <= 12;

-- five agenda items a meeting, each on the themes of two of its decisions, with three of their views
insert into board_agenda_item (meeting_id, position, title)
  select m.id, s.seq, concat('Bench agenda item ', s.seq, ': ', t.name)
  from bench_meeting m join seq_1_to_5 s join bench_theme t on t.n = (m.n * 7 + (s.seq - 1) * 6) mod @themes;
insert ignore into board_agenda_theme (agenda_item_id, theme_id)
  select a.id, t.id from board_agenda_item a join bench_meeting m on m.id = a.meeting_id join seq_0_to_1 s
  join bench_theme t on t.n = (m.n * 7 + ((a.position - 1) * 2 + s.seq) * 3) mod @themes;
insert ignore into board_agenda_view (agenda_item_id, contribution_id)
  select a.id, p.contribution_id from board_agenda_item a join bench_meeting m on m.id = a.meeting_id
  join bench_pool p on p.meeting_n = m.n and p.theme_n = (m.n * 7 + (a.position - 1) * 6) mod @themes and p.rn <= 3;

-- ten decisions at every meeting held, recorded by a board member that afternoon
insert into board_decision (version, meeting_id, title, reason, recorded_at, recorded_by)
  select if(s.seq mod 4 = 0, 1, 0), m.id, concat('Bench decision ', m.n, '-', s.seq, ': ', t.name),
         concat('Young people told the board what they think about ', lower(t.name),
                '. The board agreed what it will change and who will do it.'),
         timestamp(m.meets_on, '16:30:00') + interval s.seq minute, b.id
  from bench_meeting m join seq_0_to_9 s join bench_theme t on t.n = (m.n * 7 + s.seq * 3) mod @themes
  join bench_board b on b.n = (m.n + s.seq) mod 12
  where m.held;
create temporary table bench_decision (primary key (id))
  select d.id, m.n as meeting_n, m.meets_on, d.recorded_at, d.recorded_by,
         (m.n * 7 + (minute(d.recorded_at) - 30) * 3) mod @themes as theme_n,
         row_number() over (order by d.id) - 1 as dn, d.title
  from board_decision d join bench_meeting m on m.id = d.meeting_id where d.title like 'Bench decision %';
insert into board_decision_theme (decision_id, theme_id)
  select d.id, t.id from bench_decision d join bench_theme t on t.n = d.theme_n;
insert ignore into board_decision_theme (decision_id, theme_id)
  select d.id, t.id from bench_decision d join bench_theme t on t.n = (d.theme_n + 5) mod @themes where d.dn mod 2 = 1;
insert into board_decision_view (decision_id, contribution_id)
  select d.id, p.contribution_id from bench_decision d
  join bench_pool p on p.meeting_n = d.meeting_n and p.theme_n = d.theme_n and p.rn <= 2 + d.dn mod 7;
insert into audit_entry (occurred_at, actor_account_id, actor_name, action, subject, detail)
  select d.recorded_at, b.id, b.display_name, 'DECISION_RECORDED', concat('decision ', d.id), null
  from bench_decision d join bench_board b on b.id = d.recorded_by;

-- two to five actions a decision, owned by 40 board members and 60 workers
create temporary table bench_action_plan (primary key (decision_id, j))
  select x.*, case
      when x.due_on < curdate() - interval 60 day then case when x.r mod 100 < 86 then 'DONE' when x.r mod 100 < 92 then 'NOT_POSSIBLE'
                                                            when x.r mod 100 < 97 then 'IN_PROGRESS' else 'NOT_STARTED' end
      when x.due_on < curdate() then case when x.r mod 100 < 55 then 'DONE' when x.r mod 100 < 60 then 'NOT_POSSIBLE'
                                           when x.r mod 100 < 85 then 'IN_PROGRESS' else 'NOT_STARTED' end
      else case when x.r mod 100 < 15 then 'DONE' when x.r mod 100 < 55 then 'IN_PROGRESS' else 'NOT_STARTED' end end as status,
    coalesce(w.id, b.id) as owner_id, coalesce(w.display_name, b.display_name) as owner_name
  from (select d.id as decision_id, s.seq as j, d.recorded_at + interval ((s.seq + 1) * 10) minute as created_at,
               d.meets_on + interval (30 + crc32(md5(concat('due', d.id, '-', s.seq))) mod 150) day as due_on,
               crc32(md5(concat('a', d.id, '-', s.seq))) as r, t.name as theme
        from bench_decision d join seq_0_to_4 s on s.seq < 2 + d.dn mod 4 join bench_theme t on t.n = d.theme_n) x
  left join bench_worker w on x.r mod 3 = 0 and w.n = (x.r div 7) mod 60
  left join bench_board b on x.r mod 3 <> 0 and b.n = (x.r div 7) mod 40;
insert into board_action (version, decision_id, title, owner_id, owner_name, due_on, status, explanation, created_at, closed_at)
  select case status when 'NOT_STARTED' then 0 when 'IN_PROGRESS' then 1 else 2 end, decision_id,
         concat('Bench action ', decision_id, '-', j, ': ',
                elt(1 + r mod 6, 'Report back on', 'Write to young people about', 'Change the guidance on',
                    'Ask partners to act on', 'Fund a pilot on', 'Check progress on'), ' ', lower(theme)),
         owner_id, owner_name, due_on, status,
         if(status = 'NOT_POSSIBLE', 'The money for this was not agreed this year; the board will look at it again at budget time.', null),
         created_at,
         if(status in ('DONE', 'NOT_POSSIBLE'),
            least(now(6) - interval 1 hour,
                  greatest(created_at + interval 1 day, timestamp(due_on, '11:00:00') - interval ((r div 11) mod 20) day)),
            null)
  from bench_action_plan;

-- dated progress notes on every action that has started: one to four, spread from its start to its close
insert into board_action_update (action_id, text, written_by, written_at)
  select a.id,
         concat('Bench update ', u.seq + 1, ': ',
                elt(1 + (a.id + u.seq) mod 5, 'Met the team and agreed a plan.', 'Asked young people at the Children in Care Council.',
                    'Draft guidance written and shared.', 'Partners have agreed to help.', 'Checked how it is going with young people.')),
         a.owner_name,
         a.created_at + interval floor(timestampdiff(second, a.created_at, coalesce(a.closed_at, now(6) - interval 1 hour))
                                       * (u.seq + 1) / (2 + crc32(md5(concat('n', a.id))) mod 4)) second
  from board_action a join bench_decision d on d.id = a.decision_id
  join seq_0_to_3 u on u.seq < 1 + crc32(md5(concat('n', a.id))) mod 4
  where a.status <> 'NOT_STARTED';

-- "You said, we did" for most decisions: published one to six weeks after the meeting
insert into board_response (version, decision_id, you_said, we_did, what_next, by_when, published_at)
  select if(crc32(md5(concat('rv', d.id))) mod 5 = 0, 1, 0), d.id,
         concat('Bench: you said ', lower(t.name), ' has to get better, and told us how.'),
         concat('The board agreed changes on ', lower(t.name), ' and gave the work to named people with dates.'),
         'We will tell you how it is going here, and ask you again at the Children in Care Council.',
         if(crc32(md5(concat('bw', d.id))) mod 5 < 3,
            date(d.recorded_at) + interval (45 + crc32(md5(concat('bd', d.id))) mod 120) day, null),
         least(now(6) - interval 1 day, d.recorded_at + interval (7 + crc32(md5(concat('rp', d.id))) mod 35) day)
  from bench_decision d join bench_theme t on t.n = d.theme_n
  where crc32(md5(concat('r', d.id))) mod 100 < if(d.recorded_at < now() - interval 60 day, 92, 50);
create temporary table bench_response (primary key (id))
  select r.id, r.decision_id, r.published_at from board_response r join bench_decision d on d.id = r.decision_id;
insert into audit_entry (occurred_at, actor_account_id, actor_name, action, subject, detail)
  select r.published_at, b.id, b.display_name, 'RESPONSE_PUBLISHED', concat('decision ', r.decision_id),
         concat((select count(distinct c.author_id) from board_decision_view v join contribution c on c.id = v.contribution_id
                 where v.decision_id = r.decision_id), ' told')
  from bench_response r join bench_board b on b.n = r.id mod 12;
-- each young person whose shared view a response answers is told in their inbox
insert into notice (recipient_id, message_key, arguments, link, urgent, created_at, read_at)
  select c.author_id, 'yousaid.notice.response', null, 'you-said-we-did', false, min(r.published_at),
         if(min(r.published_at) < now() - interval 30 day, min(r.published_at) + interval 2 day, null)
  from bench_response r join board_decision_view v on v.decision_id = r.decision_id
  join contribution c on c.id = v.contribution_id
  where c.author_id is not null group by r.id, c.author_id;

-- young people answer: most of those whose views it answers, and others who read it
insert ignore into board_response_answer (response_id, account_id, verdict, comment_id, answered_at)
  select r.id, c.author_id, elt(1 + (crc32(md5(concat('v', r.id, '-', c.author_id))) mod 100 >= 55)
                                  + (crc32(md5(concat('v', r.id, '-', c.author_id))) mod 100 >= 85), 'YES', 'PARTLY', 'NO'),
         null, least(now(6) - interval 1 hour, r.published_at + interval (crc32(md5(concat('t', r.id, '-', c.author_id))) mod 2592000) second)
  from bench_response r join board_decision_view v on v.decision_id = r.decision_id
  join contribution c on c.id = v.contribution_id
  where c.author_id is not null and crc32(md5(concat('w', r.id, '-', c.id))) mod 10 < 7;
insert ignore into board_response_answer (response_id, account_id, verdict, comment_id, answered_at)
  select r.id, y.id, elt(1 + (crc32(md5(concat('v', r.id, '-', y.id))) mod 100 >= 55)
                            + (crc32(md5(concat('v', r.id, '-', y.id))) mod 100 >= 85), 'YES', 'PARTLY', 'NO'),
         null, least(now(6) - interval 1 hour, r.published_at + interval (crc32(md5(concat('t', r.id, '-', y.id))) mod 2592000) second)
  from bench_response r join seq_0_to_39 s on s.seq < 5 + crc32(md5(concat('k', r.id))) mod 30
  join bench_young y on y.n = crc32(md5(concat('y', r.id, '-', s.seq))) mod 9000;
-- one answer in ten has a comment: writing about the response, checked and shared by a worker
insert into contribution (submission_key, author_id, author_role, age_band, lives_in_county, text, mood, about, about_id,
    show_name, wants_to_talk, urgent, personal_info, status, submitted_at, submitted_month, decided_at, decided_by, quote, version)
  select uuid(), a.account_id, y.role, y.age_band, y.lives_in_county,
         concat('Bench answer ', a.id, ': ', elt(1 + a.id mod 4, 'Thank you for listening.', 'It is a start but it needs to happen sooner.',
                'This is not what we asked for.', 'Please keep telling us how it goes.')),
         null, 'RESPONSE', a.response_id, a.id mod 5 = 0, false, false, false, 'APPROVED', a.answered_at,
         date_format(a.answered_at, '%Y-%m-01'), least(now(6), a.answered_at + interval 20 hour), w.id, false, 1
  from board_response_answer a join bench_response r on r.id = a.response_id
  join account y on y.id = a.account_id join bench_worker w on w.n = a.id mod 60
  where crc32(md5(concat('c', a.id))) mod 10 = 0;
update board_response_answer a join bench_response r on r.id = a.response_id
  join contribution c on c.about = 'RESPONSE' and c.about_id = a.response_id and c.author_id = a.account_id
  set a.comment_id = c.id;
commit;
SQL
}

clean_pledges() {
  db <<'SQL'
create temporary table gone_document (primary key (id)) select id from pledge_document where title like 'Bench: %';
create temporary table gone_version (primary key (id))
  select v.id from pledge_version v join gone_document d on d.id = v.document_id;
delete from audit_entry where action = 'PLEDGE_ADOPTED' and actor_name like 'bench-%';
delete c from contribution c join gone_version v on c.about in ('PLEDGE_SUGGESTION', 'PLEDGE_COMMENT') and c.about_id = v.id;
delete s from pledge_suggestion s join gone_version v on v.id = s.version_id;
delete r from pledge_rating r join pledge_commitment c on c.id = r.commitment_id join gone_version v on v.id = c.version_id;
delete u from pledge_delivery_update u join gone_document d on d.id = u.document_id;
delete h from pledge_history h join gone_document d on d.id = h.document_id;
delete c from pledge_commitment c join gone_version v on v.id = c.version_id;
delete s from pledge_section s join gone_version v on v.id = s.version_id;
delete p from pledge_version p join gone_version v on v.id = p.id;
delete p from pledge_document p join gone_document d on d.id = p.id;
SQL
}

make_pledges() {
  db <<SQL
start transaction;
$PICK
create temporary table bench_audience (primary key (doc, n))
  select 0 as doc, row_number() over (order by id) - 1 as n, id, role, age_band, lives_in_county
  from account where display_name like 'bench-young-%' and role = 'YOUNG_PERSON'
  union all
  select 1, row_number() over (order by id) - 1, id, role, age_band, lives_in_county
  from account where display_name like 'bench-young-%' and role = 'CARE_LEAVER';
set @worker = (select id from bench_worker where n = 0);
set @worker_name = (select display_name from bench_worker where n = 0);

-- the two documents; version 1 was written five years ago, versions 1 to 5 were adopted a year apart
-- (the newest four months ago), version 6 is open for young people's ideas now
insert into pledge_document (version, kind, title, created_at, created_by)
  select 0, elt(seq + 1, 'PLEDGE', 'LOCAL_OFFER'),
         elt(seq + 1, 'Bench: Our Pledge to children in care', 'Bench: Care Leavers Local Offer'),
         timestamp(curdate() - interval 4 year - interval 4 month - interval 150 day, '10:00:00'), @worker
  from seq_0_to_1;
create temporary table bench_document (primary key (doc))
  select if(kind = 'PLEDGE', 0, 1) as doc, id, title, created_at from pledge_document where title like 'Bench: %';
create temporary table bench_version_plan (primary key (doc, number))
  select d.doc, d.id as document_id, s.number,
         if(s.number <= 5, curdate() - interval (5 - s.number) year - interval 4 month, null) as adopted_on,
         if(s.number = 1, d.created_at,
            timestamp(curdate() - interval (6 - s.number) year - interval 4 month + interval 30 day, '10:00:00')) as created_at,
         if(s.number <= 5, timestamp(curdate() - interval (5 - s.number) year - interval 4 month - interval 90 day, '10:00:00'),
            now(6) - interval 10 day) as opened_at,
         if(s.number <= 5, curdate() - interval (5 - s.number) year - interval 4 month - interval 30 day,
            curdate() + interval 21 day) as closes_on
  from bench_document d join (select cast(seq as signed) as number from seq_1_to_6) s;
insert into pledge_version (version, document_id, number, status, audience, closes_on, opened_at, adopted_on, adopted_by,
    replaced_at, based_on_id, changed_at)
  select case when p.number <= 4 then 3 when p.number = 5 then 2 else 1 end, p.document_id, p.number,
         case when p.number <= 4 then 'REPLACED' when p.number = 5 then 'ADOPTED' else 'OPEN' end,
         if(p.doc = 0, 'YOUNG_PEOPLE', 'CARE_LEAVERS'), p.closes_on, p.opened_at, p.adopted_on,
         if(p.number <= 5, b.id, null),
         if(p.number <= 4, timestamp(p.adopted_on + interval 1 year, '11:00:00'), null), null,
         case when p.number <= 4 then timestamp(p.adopted_on + interval 1 year, '11:00:00')
              when p.number = 5 then timestamp(p.adopted_on, '11:00:00') else p.opened_at end
  from bench_version_plan p join bench_board b on b.n = p.number;
create temporary table bench_version (primary key (doc, number))
  select p.doc, p.number, v.id, p.document_id, p.adopted_on, p.created_at, p.opened_at, p.closes_on
  from bench_version_plan p join pledge_version v on v.document_id = p.document_id and v.number = p.number;
update pledge_version v join bench_version b on b.id = v.id join bench_version prev on prev.doc = b.doc and prev.number = b.number - 1
  set v.based_on_id = prev.id;

-- six sections and 24 promises in every version; a promise keeps its thread key from version to version,
-- and about one in five is reworded in a version (with young people's words, below)
create temporary table bench_thread (primary key (doc, section, item))
  select d.seq as doc, s.seq as section, c.seq as item,
         insert(insert(insert(insert(md5(concat('bench-thread-', d.seq, '-', s.seq, '-', c.seq)), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-') as thread_key,
         insert(insert(insert(insert(md5(concat('bench-section-', d.seq, '-', s.seq)), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-') as section_key,
         if(d.seq = 0, elt(s.seq, 'Your home', 'Being heard', 'Your health', 'School and learning', 'Family and friends', 'Growing up'),
                       elt(s.seq, 'Money', 'Housing', 'Health and wellbeing', 'Education, training and work', 'Relationships', 'Your rights')) as section_title,
         concat(elt(c.seq, 'We will make sure', 'We will tell you about', 'We will help you with', 'You can ask us about'), ' ',
                lower(if(d.seq = 0, elt(s.seq, 'your home', 'being heard', 'your health', 'school and learning', 'family and friends', 'growing up'),
                         elt(s.seq, 'money', 'housing', 'health and wellbeing', 'education, training and work', 'relationships', 'your rights'))),
                elt(c.seq, ' is right for you.', ' before anything changes.', ' whenever you need it.', ' at any time, and get an answer.')) as base_text
  from seq_0_to_1 d join seq_1_to_6 s join seq_1_to_4 c;
insert into pledge_section (version, version_id, thread_key, position, title)
  select 0, v.id, t.section_key, t.section, t.section_title
  from bench_version v join bench_thread t on t.doc = v.doc and t.item = 1;
create temporary table bench_section (primary key (version_id, position))
  select s.id, s.version_id, s.position from pledge_section s join bench_version v on v.id = s.version_id;
insert into pledge_commitment (version, version_id, section_id, thread_key, position, text, explanation)
  select 0, v.id, s.id, t.thread_key, t.item,
         concat(t.base_text, coalesce(concat(' (Changed with young people in version ',
                (select max(w.seq) from seq_2_to_6 w where w.seq <= v.number
                   and crc32(md5(concat('chg', t.thread_key, '-', w.seq))) mod 5 = 0), '.)'), '')),
         if(t.item = 1, 'Ask your social worker or personal adviser if you want to know more.', null)
  from bench_version v join bench_thread t on t.doc = v.doc
  join bench_section s on s.version_id = v.id and s.position = t.section;
create temporary table bench_commitment (primary key (version_id, k))
  select c.id, c.version_id, c.section_id, c.thread_key, c.text, (s.position - 1) * 4 + c.position - 1 as k
  from pledge_commitment c join bench_section s on s.id = c.section_id;

-- about 80 suggestions and comments on each version while it was open, their words checked and shared;
-- wording suggestions are taken into the next version where that promise changed there
create temporary table bench_suggestion_plan (primary key (version_id, j))
  select v.id as version_id, v.doc, v.number, s.seq as j,
         case when crc32(md5(concat('sk', v.id, '-', s.seq))) mod 10 < 4 then 'WORDING'
              when crc32(md5(concat('sk', v.id, '-', s.seq))) mod 10 < 6 then 'NEW_COMMITMENT' else 'COMMENT' end as kind,
         crc32(md5(concat('sc', v.id, '-', s.seq))) mod 24 as k,
         v.opened_at + interval (crc32(md5(concat('sm', v.id, '-', s.seq)))
             mod greatest(3600, timestampdiff(second, v.opened_at, least(now(6) - interval 1 hour, timestamp(v.closes_on, '23:00:00'))))) second
           as made_at,
         a.id as author_id, a.role, a.age_band, a.lives_in_county
  from bench_version v join seq_0_to_79 s
  join bench_audience a on a.doc = v.doc and a.n = crc32(md5(concat('sa', v.id, '-', s.seq))) mod if(v.doc = 0, 6000, 3000);
insert into contribution (submission_key, author_id, author_role, age_band, lives_in_county, text, mood, about, about_id,
    show_name, wants_to_talk, urgent, personal_info, status, submitted_at, submitted_month, decided_at, decided_by, quote, version)
  select uuid(), p.author_id, p.role, p.age_band, p.lives_in_county,
         concat('Bench idea ', p.version_id, '-', p.j, ': ',
                case p.kind when 'WORDING' then 'Say it so we understand it, and say when.'
                            when 'NEW_COMMITMENT' then 'Promise that we can keep our pets when we move.'
                            else 'This one matters to me because it did not happen for me.' end),
         null, if(p.kind = 'COMMENT', 'PLEDGE_COMMENT', 'PLEDGE_SUGGESTION'), p.version_id,
         p.j mod 4 = 0, false, false, false, 'APPROVED', p.made_at, date_format(p.made_at, '%Y-%m-01'),
         least(now(6), p.made_at + interval 20 hour), w.id, false, 1
  from bench_suggestion_plan p join bench_worker w on w.n = p.j mod 60;
insert into pledge_suggestion (version, version_id, commitment_id, section_id, kind, contribution_id, author_id, made_at)
  select 0, p.version_id, if(p.kind = 'NEW_COMMITMENT', null, c.id), c.section_id, p.kind, x.id, p.author_id, p.made_at
  from bench_suggestion_plan p join bench_commitment c on c.version_id = p.version_id and c.k = p.k
  join contribution x on x.about in ('PLEDGE_SUGGESTION', 'PLEDGE_COMMENT') and x.about_id = p.version_id
   and x.text like concat('Bench idea ', p.version_id, '-', p.j, ':%');
update pledge_suggestion s join bench_version v on v.id = s.version_id and v.number <= 5
  join bench_version nv on nv.doc = v.doc and nv.number = v.number + 1
  join pledge_commitment c on c.id = s.commitment_id
  join pledge_commitment nc on nc.version_id = nv.id and nc.thread_key = c.thread_key
  set s.outcome = if(s.id mod 2 = 0, 'TAKEN_IN', 'TAKEN_IN_CHANGED'), s.decided_by = @worker,
      s.decided_at = nv.created_at + interval 3 day, s.taken_into_version_id = nv.id, s.taken_into_commitment_id = nc.id,
      s.text_before = c.text, s.text_after = nc.text, s.version = 1
  where s.kind = 'WORDING' and crc32(md5(concat('chg', c.thread_key, '-', nv.number))) mod 5 = 0;
update pledge_suggestion s join bench_version v on v.id = s.version_id and v.number <= 5
  join bench_version nv on nv.doc = v.doc and nv.number = v.number + 1
  set s.outcome = 'NOT_TAKEN', s.decided_by = @worker, s.decided_at = nv.created_at + interval 3 day, s.version = 1,
      s.outcome_reason = if(s.kind = 'WORDING', 'Other young people liked the words as they are.',
                            'We cannot promise this yet; we have asked the housing team and will tell you what they say.')
  where s.kind <> 'COMMENT' and s.outcome is null and crc32(md5(concat('no', s.id))) mod 10 < 8;

-- others back the suggestions (once each, not their own) and say how much promises matter
insert ignore into pledge_support (suggestion_id, account_id, supported_at)
  select s.id, a.id, least(now(6) - interval 1 hour, s.made_at + interval ((1 + k.seq) * 5) hour)
  from pledge_suggestion s join bench_version v on v.id = s.version_id join seq_0_to_11 k on k.seq < crc32(md5(concat('bk', s.id))) mod 12
  join bench_audience a on a.doc = v.doc and a.n = crc32(md5(concat('ba', s.id, '-', k.seq))) mod if(v.doc = 0, 6000, 3000)
  where s.kind <> 'COMMENT' and a.id <> s.author_id;
insert ignore into pledge_rating (version, commitment_id, account_id, score, rated_at)
  select 0, c.id, a.id, 1 + crc32(md5(concat('rs', c.id, '-', k.seq))) mod 3,
         least(now(6) - interval 1 hour, v.opened_at + interval (crc32(md5(concat('rt', c.id, '-', k.seq))) mod 2592000) second)
  from bench_commitment c join bench_version v on v.id = c.version_id
  join seq_0_to_39 k on k.seq < 10 + crc32(md5(concat('rk', c.id))) mod 30
  join bench_audience a on a.doc = v.doc and a.n = crc32(md5(concat('ra', c.id, '-', k.seq))) mod if(v.doc = 0, 6000, 3000);

-- how each adopted promise is being kept: quarterly evidence since the first adoption, some linked to board actions
create temporary table bench_action (primary key (n))
  select row_number() over (order by a.id) - 1 as n, a.id from board_action a where a.title like 'Bench action %';
set @actions = (select count(*) from bench_action);
insert into pledge_delivery_update (document_id, thread_key, status, on_date, evidence, board_action_id, recorded_by, recorded_at)
  select d.id, t.thread_key,
         case when crc32(md5(concat('ds', t.thread_key, '-', q.seq))) mod 100 < 55 then 'ON_TRACK'
              when crc32(md5(concat('ds', t.thread_key, '-', q.seq))) mod 100 < 75 then 'AT_RISK'
              when crc32(md5(concat('ds', t.thread_key, '-', q.seq))) mod 100 < 82 then 'OFF_TRACK' else 'DONE' end,
         v1.adopted_on + interval ((q.seq + 1) * 3) month,
         concat('Bench evidence: ', elt(1 + q.seq mod 4, 'Checked at every review this quarter.', 'Young people told us at the Children in Care Council.',
                'Audit of 20 case files.', 'Figures from the leaving care team.')),
         if(crc32(md5(concat('dl', t.thread_key, '-', q.seq))) mod 5 = 0 and @actions > 0,
            (select a.id from bench_action a where a.n = crc32(md5(concat('da', t.thread_key, '-', q.seq))) mod @actions), null),
         if(q.seq mod 2 = 0, @worker, (select id from bench_board where n = 1)),
         timestamp(v1.adopted_on + interval ((q.seq + 1) * 3) month, '15:00:00')
  from bench_thread t join bench_document d on d.doc = t.doc
  join bench_version v1 on v1.doc = t.doc and v1.number = 1 join seq_0_to_19 q
  where v1.adopted_on + interval ((q.seq + 1) * 3) month <= curdate();

-- the history of every change, as the services write it
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select d.id, 1, d.created_at, @worker, @worker_name, 'CREATED', substring(d.title, 1, 1000) from bench_document d;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select d.id, 1, d.created_at + interval (t.section * 10) minute, @worker, @worker_name, 'SECTION_ADDED', t.section_title
  from bench_document d join bench_thread t on t.doc = d.doc and t.item = 1;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select d.id, 1, d.created_at + interval (t.section * 10 + t.item) minute, @worker, @worker_name,
         'COMMITMENT_ADDED', t.base_text
  from bench_document d join bench_thread t on t.doc = d.doc;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select v.document_id, v.number, v.created_at, @worker, @worker_name, 'PREPARED', concat('from version ', v.number - 1)
  from bench_version v where v.number > 1;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select v.document_id, v.number, v.created_at + interval 5 day, @worker, @worker_name, 'COMMITMENT_CHANGED', c.text
  from bench_version v join pledge_commitment c on c.version_id = v.id
  where v.number > 1 and crc32(md5(concat('chg', c.thread_key, '-', v.number))) mod 5 = 0;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select v.document_id, v.number, v.opened_at, @worker, @worker_name, 'OPENED',
         concat(v.closes_on, ' ', if(v.doc = 0, 'YOUNG_PEOPLE', 'CARE_LEAVERS'))
  from bench_version v;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select v.document_id, v.number, timestamp(v.adopted_on, '11:00:00'), b.id, b.display_name, 'ADOPTED', v.adopted_on
  from bench_version v join bench_board b on b.n = v.number where v.adopted_on is not null;
insert into pledge_history (document_id, version_number, happened_at, by_id, by_name, what, detail)
  select u.document_id, v.number, u.recorded_at, a.id, a.display_name, concat('DELIVERY_', u.status),
         substring(concat(u.on_date, ': ', c.text, ' — ', u.evidence), 1, 1000)
  from pledge_delivery_update u join bench_document d on d.id = u.document_id
  join bench_version v on v.doc = d.doc
   and v.number = (select max(x.number) from bench_version x where x.doc = d.doc and x.adopted_on <= u.on_date)
  join pledge_commitment c on c.version_id = v.id and c.thread_key = u.thread_key
  join account a on a.id = u.recorded_by;
insert into audit_entry (occurred_at, actor_account_id, actor_name, action, subject, detail)
  select timestamp(v.adopted_on, '11:00:00'), b.id, b.display_name, 'PLEDGE_ADOPTED', concat('pledge version ', v.id),
         concat(d.title, ' v', v.number)
  from bench_version v join bench_document d on d.doc = v.doc join bench_board b on b.n = v.number
  where v.adopted_on is not null;
commit;
SQL
}

clean_opportunities() {
  db <<'SQL'
create temporary table gone_opportunity (primary key (id)) select id from opportunity where title like 'Bench: %';
delete from notice where message_key = 'opportunity.notice.howWasIt'
  and recipient_id in (select id from account where display_name like 'bench-%');
delete from audit_entry where action in ('OPPORTUNITY_PUBLISHED', 'ATTENDANCE_RECORDED') and actor_name like 'bench-%';
delete c from contribution c join gone_opportunity o on c.about = 'EVENT_FEEDBACK' and c.about_id = o.id;
delete from board_attendance where account_id in (select id from account where display_name like 'bench-%');
delete s from opportunity_sign_up s join gone_opportunity o on o.id = s.opportunity_id;
delete p from opportunity p join gone_opportunity o on o.id = p.id;
SQL
}

make_opportunities() {
  db <<SQL
start transaction;
$PICK
-- who each kind is for: children in care (8-17), both cohorts from 11 (consultations, board seats), care leavers
create temporary table bench_eligible (primary key (pool, n))
  select 'CICC' as pool, row_number() over (order by id) - 1 as n, id from bench_young where role = 'YOUNG_PERSON'
  union all
  select 'BOTH', row_number() over (order by id) - 1, id from bench_young where age_band <> 'AGE_8_10'
  union all
  select 'LEAVERS', row_number() over (order by id) - 1, id from bench_young where role = 'CARE_LEAVER';
create temporary table bench_pool_size (primary key (pool)) select pool, count(*) as size from bench_eligible group by pool;

-- a board seat at every board meeting, a Children in Care Council session every month, a consultation
-- every two months and a training every three, for five years and the next two months
create temporary table bench_opportunity_plan (primary key (kind, k))
  select 'BOARD_SEAT' as kind, m.n as k, timestamp(m.meets_on, '16:00:00') as starts_at, 120 as minutes,
         'Bench: A seat at the Corporate Parenting Board' as title,
         'Come to the board meeting, hear what is decided and say what you think. We can bring you and take you home.' as description,
         'Shirehall, Committee Room 1' as place, null as online_link, true as in_care, true as leavers, 13 as min_age,
         25 as max_age, 2 as places, 'BOTH' as pool
  from (select row_number() over (order by meets_on) - 1 as n, meets_on from board_meeting where place like 'Bench: %') m
  union all
  select 'CICC_SESSION', s.seq, timestamp(date_format(curdate() - interval (60 - cast(s.seq as signed)) month, '%Y-%m-20'), '17:00:00'), 120,
         'Bench: Children in Care Council', 'Pizza, games and a say in what the council does next.',
         'The Youth Centre, Castle Street', null, true, false, 8, 17, 15, 'CICC'
  from seq_0_to_61 s
  union all
  select 'CONSULTATION', s.seq, timestamp(date_format(curdate() - interval (60 - 2 * cast(s.seq as signed)) month, '%Y-%m-05'), '18:00:00'), 90,
         'Bench: Have your say online', 'Tell us what would make your review meetings better. Online, cameras optional.',
         null, concat('https://meet.council.test/bench-', s.seq), true, true, 11, 25, 30, 'BOTH'
  from seq_0_to_30 s
  union all
  select 'TRAINING', s.seq, timestamp(date_format(curdate() - interval (60 - 3 * cast(s.seq as signed)) month, '%Y-%m-15'), '10:00:00'), 420,
         'Bench: Money and independence day', 'A day on budgeting, bills and your rights as a care leaver, with lunch.',
         'Residential centre, Church Stretton', null, false, true, 16, 25, 12, 'LEAVERS'
  from seq_0_to_20 s;
delete from bench_opportunity_plan where starts_at > now() + interval 62 day;
insert into opportunity (version, kind, title, description, starts_at, ends_at, place, online_link, for_children_in_care,
    for_care_leavers, min_age, max_age, places, closes_at, created_by, created_at)
  select 0, p.kind, p.title, p.description, p.starts_at, p.starts_at + interval p.minutes minute, p.place, p.online_link,
         p.in_care, p.leavers, p.min_age, p.max_age, p.places, p.starts_at - interval 3 day, w.id,
         least(now(6) - interval 1 day, p.starts_at - interval 40 day)
  from bench_opportunity_plan p join bench_worker w on w.n = p.k mod 6
  order by p.starts_at;
create temporary table bench_opportunity (primary key (id))
  select o.id, o.kind, o.title, o.starts_at, o.ends_at, o.places, o.created_at, o.created_by, p.pool
  from opportunity o join bench_opportunity_plan p on p.kind = o.kind and p.starts_at = o.starts_at
  where o.title like 'Bench: %';
insert into audit_entry (occurred_at, actor_account_id, actor_name, action, subject, detail)
  select o.created_at, w.id, w.display_name, 'OPPORTUNITY_PUBLISHED', concat('opportunity ', o.id), o.kind
  from bench_opportunity o join bench_worker w on w.id = o.created_by;

-- sign-ups in the order people asked: up to 1.6 times the places, one in twelve cancelled;
-- the first ones not cancelled have the places, the rest wait
create temporary table bench_sign_up_plan (primary key (opportunity_id, j))
  select y.*, if(y.status = 'PLACE' and y.starts_at < now(),
                 case when (y.r div 12) mod 100 < 80 then true when (y.r div 12) mod 100 < 92 then false end, null) as attended
  from (select x.*, case when x.r mod 12 = 0 then 'CANCELLED'
                         when row_number() over (partition by x.opportunity_id, x.r mod 12 = 0 order by x.j) <= x.places then 'PLACE'
                         else 'WAITING' end as status
        from (select o.id as opportunity_id, s.seq as j, e.id as account_id, o.places, o.starts_at, o.ends_at,
                     crc32(md5(concat('su', o.id, '-', s.seq))) as r,
                     least(now(6) - interval 1 minute, o.created_at + interval ((s.seq + 1) * 5) hour) as queued_at,
                     row_number() over (partition by o.id, e.id order by s.seq) as nth
              from bench_opportunity o join seq_0_to_47 s on s.seq < o.places + o.places * (crc32(md5(concat('dm', o.id))) mod 60) div 100
              join bench_pool_size z on z.pool = o.pool
              join bench_eligible e on e.pool = o.pool and e.n = crc32(md5(concat('se', o.id, '-', s.seq))) mod z.size) x
        where x.nth = 1) y;
insert into opportunity_sign_up (version, opportunity_id, account_id, status, queued_at, needs_transport, needs_interpreter,
    interpreter_language, needs_companion, access_needs, attended, attendance_recorded_at, reminded_at, feedback_id)
  select (status = 'PLACE' and starts_at < now()) + (attended is not null), opportunity_id, account_id, status, queued_at,
         r mod 4 = 0, r mod 20 = 1,
         if(r mod 20 = 1, elt(1 + (r div 20) mod 6, 'Arabic', 'Pashto', 'Tigrinya', 'Kurdish (Sorani)', 'Dari', 'Albanian'), null),
         r mod 10 = 2, if(r mod 20 = 3, 'Bench: step-free access and a quiet room, please.', null),
         attended, if(attended is null, null, ends_at + interval 1 day),
         if(status = 'PLACE' and starts_at < now(), starts_at - interval 1 day, null), null
  from bench_sign_up_plan order by opportunity_id, j;
insert into audit_entry (occurred_at, actor_account_id, actor_name, action, subject, detail)
  select s.attendance_recorded_at, w.id, w.display_name, 'ATTENDANCE_RECORDED', concat('opportunity ', o.id),
         concat('sign-up ', s.id, if(s.attended, ' came', ' did not come'))
  from opportunity_sign_up s join bench_opportunity o on o.id = s.opportunity_id join bench_worker w on w.id = o.created_by
  where s.attended is not null;
-- coming is asked about ("how was it?"); a quarter answer, checked and shared
insert into notice (recipient_id, message_key, arguments, link, urgent, created_at, read_at)
  select s.account_id, 'opportunity.notice.howWasIt', o.title, 'things-to-join', false, s.attendance_recorded_at,
         if(s.attendance_recorded_at < now() - interval 30 day, s.attendance_recorded_at + interval 1 day, null)
  from opportunity_sign_up s join bench_opportunity o on o.id = s.opportunity_id where s.attended;
insert into contribution (submission_key, author_id, author_role, age_band, lives_in_county, text, mood, about, about_id,
    show_name, wants_to_talk, urgent, personal_info, status, submitted_at, submitted_month, decided_at, decided_by, quote, version)
  select uuid(), y.id, y.role, y.age_band, y.lives_in_county,
         concat('Bench feedback ', s.id, ': ', elt(1 + s.id mod 3, 'It was good, I want to come again.', 'Too long, but I liked it.',
                'I felt listened to.')),
         null, 'EVENT_FEEDBACK', s.opportunity_id, false, false, false, false, 'APPROVED',
         least(now(6) - interval 1 hour, s.attendance_recorded_at + interval 1 day),
         date_format(least(now(6) - interval 1 hour, s.attendance_recorded_at + interval 1 day), '%Y-%m-01'),
         least(now(6), s.attendance_recorded_at + interval 2 day), o.created_by, false, 1
  from opportunity_sign_up s join bench_opportunity o on o.id = s.opportunity_id join account y on y.id = s.account_id
  where s.attended and crc32(md5(concat('fb', s.id))) mod 4 = 0;
update opportunity_sign_up s join contribution c on c.about = 'EVENT_FEEDBACK' and c.about_id = s.opportunity_id
   and c.author_id = s.account_id and c.text like 'Bench feedback %'
  set s.feedback_id = c.id, s.version = s.version + 1;
-- a board seat taken up is attendance at that board meeting
insert ignore into board_attendance (account_id, meeting_date, recorded_at)
  select s.account_id, date(o.starts_at), s.attendance_recorded_at
  from opportunity_sign_up s join bench_opportunity o on o.id = s.opportunity_id
  where o.kind = 'BOARD_SEAT' and s.attended;
commit;
SQL
}

clean_ledger() {
  db <<'SQL'
delete from reporting_backfill where name = 'bench-ledger';
delete p from participation p join participant a on a.id = p.participant_id
  join account c on c.id = a.account_id where c.display_name like 'bench-%';
delete p from participant_at_board p join participant a on a.id = p.participant_id
  join account c on c.id = a.account_id where c.display_name like 'bench-%';
SQL
}

make_ledger() {
  db <<'SQL'
start transaction;
insert ignore into participant (account_id)
  select id from account where role in ('YOUNG_PERSON', 'CARE_LEAVER') and display_name like 'bench-young-%';
-- what the portal's one-off copy of earlier writing does: views, answers' comments and pledge ideas
-- (not event feedback), with the writer's cohort, age band and county as they were
insert ignore into participation (participant_id, kind, took_part_at, month, cohort, age_band, lives_in_county, asylum_seeking)
  select p.id, case when c.about is null then 'SUBMITTED_VIEW' when c.about = 'RESPONSE' then 'ANSWERED_RESPONSE' else 'SHAPED_PLEDGE' end,
         c.submitted_at, c.submitted_month, c.author_role, c.age_band, c.lives_in_county, a.unaccompanied_asylum_seeking
  from contribution c join participant p on p.account_id = c.author_id join account a on a.id = c.author_id
  where c.author_role in ('YOUNG_PERSON', 'CARE_LEAVER') and (c.about is null or c.about <> 'EVENT_FEEDBACK')
    and a.display_name like 'bench-young-%';
-- what the services record as it happens: every answer to a response, and coming to something
insert ignore into participation (participant_id, kind, took_part_at, month, cohort, age_band, lives_in_county, asylum_seeking)
  select p.id, 'ANSWERED_RESPONSE', r.answered_at, date_format(r.answered_at, '%Y-%m-01'), a.role, a.age_band,
         a.lives_in_county, a.unaccompanied_asylum_seeking
  from board_response_answer r join participant p on p.account_id = r.account_id join account a on a.id = r.account_id
  where a.display_name like 'bench-young-%';
insert ignore into participation (participant_id, kind, took_part_at, month, cohort, age_band, lives_in_county, asylum_seeking)
  select p.id, 'ATTENDED', o.starts_at, date_format(o.starts_at, '%Y-%m-01'), a.role, a.age_band, a.lives_in_county,
         a.unaccompanied_asylum_seeking
  from opportunity_sign_up s join opportunity o on o.id = s.opportunity_id join participant p on p.account_id = s.account_id
  join account a on a.id = s.account_id
  where s.attended and a.display_name like 'bench-young-%';
insert ignore into participant_at_board (participant_id, meeting_date, recorded_at)
  select p.id, b.meeting_date, b.recorded_at from board_attendance b join participant p on p.account_id = b.account_id
  join account a on a.id = b.account_id where a.display_name like 'bench-young-%';
insert ignore into reporting_backfill (name, done_at) values ('contributions', now(6));
insert into reporting_backfill (name, done_at) values ('bench-ledger', now(6));
commit;
SQL
}

first_missing=${#PARTS[@]}
for i in "${!PARTS[@]}"; do
  if [ "${PARTS[$i]}" = "${REMAKE:-}" ] || [ "$("have_${PARTS[$i]}")" != 1 ]; then first_missing=$i; break; fi
done
if [ "$first_missing" = "${#PARTS[@]}" ]; then echo "data set already there"; exit 0; fi
t0=$(date +%s)
for (( i = ${#PARTS[@]} - 1; i >= first_missing; i-- )); do "clean_${PARTS[$i]}"; done
for (( i = first_missing; i < ${#PARTS[@]}; i++ )); do
  t=$(date +%s)
  "make_${PARTS[$i]}"
  echo "${PARTS[$i]}: $(( $(date +%s) - t )) s"
done
db -e "analyze table account, contribution, contribution_theme, insight_month, board_meeting, board_agenda_item,
         board_decision, board_decision_theme, board_decision_view, board_action, board_action_update, board_response,
         board_response_answer, pledge_version, pledge_section, pledge_commitment, pledge_suggestion, pledge_support,
         pledge_rating, pledge_delivery_update, opportunity, opportunity_sign_up, participation, notice, audit_entry" >/dev/null
echo "data set made in $(( $(date +%s) - t0 )) s (load average $(load_average))"
db -e "select status, count(*) from contribution where about is null group by status;
       select about, count(*) from contribution where about is not null group by about;
       select role, count(*) from account group by role;
       select 'meetings' as what, count(*) as n from board_meeting union all select 'agenda items', count(*) from board_agenda_item
       union all select 'decisions', count(*) from board_decision union all select 'decision-view links', count(*) from board_decision_view
       union all select 'actions', count(*) from board_action union all select 'overdue actions', count(*) from board_action
                 where status in ('NOT_STARTED', 'IN_PROGRESS') and due_on < curdate()
       union all select 'action updates', count(*) from board_action_update union all select 'responses', count(*) from board_response
       union all select 'answers', count(*) from board_response_answer union all select 'pledge versions', count(*) from pledge_version
       union all select 'promises', count(*) from pledge_commitment union all select 'suggestions', count(*) from pledge_suggestion
       union all select 'backings', count(*) from pledge_support union all select 'ratings', count(*) from pledge_rating
       union all select 'delivery updates', count(*) from pledge_delivery_update union all select 'opportunities', count(*) from opportunity
       union all select 'sign-ups', count(*) from opportunity_sign_up union all select 'board attendance', count(*) from board_attendance
       union all select 'participation', count(*) from participation union all select 'notices', count(*) from notice
       union all select 'audit lines', count(*) from audit_entry;
       select status, count(*) from board_action group by status"
