package org.ourvoice.pledges;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestSharing;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Documents, suggestions and checks made the way people make them, for the pledge tests. */
@Component
public class TestPledges {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final PledgeDraftingService drafting;
    private final PledgeSuggestionService suggestions;
    private final ModerationService moderation;
    private final TestViews views;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;

    public TestPledges(PledgeDraftingService drafting, PledgeSuggestionService suggestions,
            ModerationService moderation, TestViews views, RunAs runAs, JdbcTemplate jdbc) {
        this.drafting = drafting;
        this.suggestions = suggestions;
        this.moderation = moderation;
        this.views = views;
        this.runAs = runAs;
        this.jdbc = jdbc;
    }

    public static LocalDate today() {
        return LocalDate.now(UK);
    }

    /** A draft with one section ("Your home") and two commitments; returns the draft's id. */
    public long draft(DocumentKind kind) {
        return runAs.user(DemoUsers.WORKER, () -> {
            long version = drafting.createDocument(kind, "Test " + kind + " " + TestSharing.word());
            long section = drafting.addSection(version, "Your home");
            drafting.addCommitment(section, "We will visit you at home every six weeks", null);
            drafting.addCommitment(section, "We will tell you before your placement changes", "Unless it is an emergency.");
            return version;
        });
    }

    /** A draft opened for ideas for a week to the given young people; returns the version's id. */
    public long open(DocumentKind kind, Audience audience) {
        long version = draft(kind);
        runAs.user(DemoUsers.WORKER, () -> drafting.openForIdeas(version, detail(version).lock(),
                today().plusDays(7), audience));
        return version;
    }

    public VersionDetail detail(long versionId) {
        return runAs.user(DemoUsers.WORKER, () -> drafting.version(versionId));
    }

    public CommitmentItem commitment(long versionId, int number) {
        return detail(versionId).commitments().get(number - 1);
    }

    public long suggestWording(String young, long commitmentId, String text, boolean showName) {
        return runAs.user(young, () -> suggestions.suggestWording(commitmentId, text, showName,
                UUID.randomUUID().toString()));
    }

    public long contributionOf(long suggestionId) {
        return jdbc.queryForObject("select contribution_id from pledge_suggestion where id = ?", Long.class,
                suggestionId);
    }

    /** The demo worker checks the suggestion's words and shares them as written. */
    public QueueItem approve(long suggestionId) {
        long contribution = contributionOf(suggestionId);
        QueueItem item = views.item(contribution);
        return runAs.user(DemoUsers.WORKER, () -> moderation.approve(contribution, item.version(), null, List.of()));
    }

    public QueueItem keepBack(long suggestionId) {
        long contribution = contributionOf(suggestionId);
        QueueItem item = views.item(contribution);
        return runAs.user(DemoUsers.WORKER, () -> moderation.notShare(contribution, item.version(),
                NotSharedReason.NOT_CLEAR, null));
    }

    public long lockOf(long suggestionId) {
        return jdbc.queryForObject("select version from pledge_suggestion where id = ?", Long.class, suggestionId);
    }
}
