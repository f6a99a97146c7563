package org.ourvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.voice.service.QueueFilter;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The moderation queue's first page with 100 000 views waiting: what the worker's screen asks the
 * server for (a page of 50 and the count), against the bare SQL of the same page in the same run.
 */
@PortalTest
class QueueBench {

    static final int WAITING = 100_000;
    static final int URGENT_EVERY = 200;
    static final int PAGE = 50;
    static final int BATCH = 2_000;

    @Autowired
    ModerationService moderation;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void firstPageOfTheQueueWithAHundredThousandWaiting() {
        generate();
        List<Long> themes = jdbc.queryForList("select id from theme order by id", Long.class);
        QueueFilter byTheme = new QueueFilter(QueueFilter.Flag.ANY, themes.get(3), null);
        QueueFilter urgentOnly = new QueueFilter(QueueFilter.Flag.URGENT, null, null);

        Timings timings = new Timings("moderation-queue");
        timings.context("waitingViews", WAITING);
        timings.context("urgentViews", WAITING / URGENT_EVERY);
        timings.context("pageSize", PAGE);
        runAs.user(DemoUsers.WORKER, () -> {
            List<QueueItem> first = moderation.queue(QueueFilter.all(), 0, PAGE);
            assertThat(first).hasSize(PAGE);
            assertThat(first.getFirst().urgent()).isTrue();
            assertThat(moderation.countQueue(QueueFilter.all())).isGreaterThanOrEqualTo(WAITING);
            timings.measure("firstPageAndCount", 20, 200, () -> {
                moderation.queue(QueueFilter.all(), 0, PAGE);
                return moderation.countQueue(QueueFilter.all());
            });
            timings.measure("firstPageOnly", 20, 200, () -> moderation.queue(QueueFilter.all(), 0, PAGE));
            timings.measure("countOnly", 20, 200, () -> moderation.countQueue(QueueFilter.all()));
            timings.measure("urgentFilterPageAndCount", 20, 200, () -> {
                moderation.queue(urgentOnly, 0, PAGE);
                return moderation.countQueue(urgentOnly);
            });
            timings.measure("themeFilterPageOnly", 10, 100, () -> moderation.queue(byTheme, 0, PAGE));
            timings.measure("themeFilterCountOnly", 10, 100, () -> moderation.countQueue(byTheme));
            timings.measure("themeFilterPageAndCount", 10, 100, () -> {
                moderation.queue(byTheme, 0, PAGE);
                return moderation.countQueue(byTheme);
            });
            timings.measure("page100AndCount", 10, 100, () -> {
                moderation.queue(QueueFilter.all(), 100 * PAGE, PAGE);
                return moderation.countQueue(QueueFilter.all());
            });
        });
        timings.measure("bareSqlFirstPage", 20, 200, () -> jdbc.queryForList("""
                select c.id, c.text, c.urgent, c.submitted_at from contribution c
                where c.status = 'WAITING' order by c.urgent desc, c.submitted_at, c.id limit 50"""));
        timings.measure("bareSqlCount", 20, 200, () -> jdbc.queryForObject(
                "select count(*) from contribution where status = 'WAITING'", Long.class));
        assertThat(timings.write()).exists();
    }

    /** 100 000 waiting views over the last 90 days, one in 200 urgent, each about one of the themes. */
    private void generate() {
        Integer already = jdbc.queryForObject(
                "select count(*) from contribution where status = 'WAITING' and text like 'Benchmark view %'",
                Integer.class);
        if (already != null && already >= WAITING) {
            return;
        }
        List<Long> themes = jdbc.queryForList("select id from theme where active = true order by id", Long.class);
        String[] bands = {"AGE_8_10", "AGE_11_13", "AGE_14_15", "AGE_16_17", "AGE_18_20", "AGE_21_25"};
        String[] moods = {"VERY_UNHAPPY", "UNHAPPY", "OK", "HAPPY", "VERY_HAPPY"};
        Random random = new Random(42);
        Instant now = Instant.now();
        for (int done = 0; done < WAITING; done += BATCH) {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                int band = random.nextInt(bands.length);
                rows.add(new Object[] {UUID.randomUUID().toString(), 1_000_000L + random.nextInt(10_000),
                    band >= 4 ? "CARE_LEAVER" : "YOUNG_PERSON", bands[band], random.nextInt(5) > 0,
                    "Benchmark view " + (done + i) + ": the bus to school takes too long and my pocket money is late.",
                    moods[random.nextInt(moods.length)], random.nextInt(10) == 0, (done + i) % URGENT_EVERY == 0,
                    random.nextInt(20) == 0,
                    Timestamp.from(now.minus(random.nextInt(90 * 24 * 60), ChronoUnit.MINUTES))});
            }
            jdbc.batchUpdate("""
                    insert into contribution (submission_key, author_id, author_role, age_band, lives_in_county, text,
                      mood, show_name, wants_to_talk, urgent, personal_info, status, submitted_at, submitted_month,
                      version)
                    values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 'WAITING', ?, date_format(?, '%Y-%m-01'), 0)""",
                    rows.stream().map(r -> {
                        Object[] withMonth = java.util.Arrays.copyOf(r, r.length + 1);
                        withMonth[r.length] = r[r.length - 1];
                        return withMonth;
                    }).toList());
            jdbc.update("""
                    insert into contribution_theme (contribution_id, theme_id)
                    select c.id, ? + mod(c.id, ?) from contribution c
                    where c.id > (select coalesce(max(contribution_id), 0) from contribution_theme)""",
                    themes.getFirst(), themes.size());
        }
        jdbc.execute("analyze table contribution, contribution_theme");
    }
}
