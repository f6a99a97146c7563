package org.ourvoice.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionModeration;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sends views the way young people do and reads back what was stored, for tests of voice and moderation. */
@Component
public class TestViews {

    private final ContributionService contributions;
    private final ContributionModeration moderation;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;

    public TestViews(ContributionService contributions, ContributionModeration moderation, RunAs runAs,
            JdbcTemplate jdbc) {
        this.contributions = contributions;
        this.moderation = moderation;
        this.runAs = runAs;
        this.jdbc = jdbc;
    }

    /** The id of one of the starting themes, by its code ("money", "school", "safe" …). */
    public long themeId(String code) {
        return jdbc.queryForObject("select id from theme where code = ?", Long.class, code);
    }

    public List<Long> themeIds(String... codes) {
        return Arrays.stream(codes).map(this::themeId).toList();
    }

    public long accountId(String displayName) {
        return jdbc.queryForObject("select id from account where display_name = ?", Long.class, displayName);
    }

    /** A filled-in form with a fresh submission key: the words, the themes, feeling OK, no name, no talk. */
    public ContributionForm form(String text, String... themeCodes) {
        return new ContributionForm(UUID.randomUUID().toString(), text, themeIds(themeCodes), Mood.OK, false, false);
    }

    public long submit(String youngPerson, ContributionForm form) {
        return runAs.user(youngPerson, () -> contributions.submit(form));
    }

    public long submit(String youngPerson, String text, String... themeCodes) {
        return submit(youngPerson, form(text, themeCodes));
    }

    /** The view as a worker sees it. */
    public QueueItem item(long contributionId) {
        return moderation.find(contributionId).orElseThrow();
    }

    /** The stored row, straight from the database. */
    public Map<String, Object> row(long contributionId) {
        return jdbc.queryForMap("select * from contribution where id = ?", contributionId);
    }

    /** How many views the database holds from the account. */
    public int countBy(long authorId) {
        return jdbc.queryForObject("select count(*) from contribution where author_id = ?", Integer.class, authorId);
    }

    /** How many audit lines record the action on the subject (for example "view 12"). */
    public int audited(String action, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
                Integer.class, action, subject);
    }
}
