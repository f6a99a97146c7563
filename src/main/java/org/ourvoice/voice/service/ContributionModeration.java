package org.ourvoice.voice.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.voice.domain.Contribution;
import org.ourvoice.voice.domain.ContributionCounts;
import org.ourvoice.voice.domain.ContributionFilters;
import org.ourvoice.voice.domain.ContributionRepository;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the moderation feature may do to views: read the queue and decide. Not for screens: the
 * moderation services that call it check who is asking and write the audit trail.
 */
@Component
public class ContributionModeration {

    private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("urgent"), Sort.Order.asc("submittedAt"),
            Sort.Order.asc("id"));

    private final ContributionRepository contributions;
    private final ContributionCounts counts;
    private final ApplicationEventPublisher events;

    ContributionModeration(ContributionRepository contributions, ContributionCounts counts,
            ApplicationEventPublisher events) {
        this.contributions = contributions;
        this.counts = counts;
        this.events = events;
    }

    /** The moderation queue: urgent first, then the longest waiting. */
    @Transactional(readOnly = true)
    public List<QueueItem> waiting(QueueFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return contributions.findBy(spec(filter), q -> q
                .slice(PageRequest.of(offset / size, size, QUEUE_ORDER))).stream()
                .map(ContributionModeration::item).toList();
    }

    /** The number waiting; for a filtered queue, {@link QueueFilter#COUNT_CAP} + 1 means "more than the cap". */
    @Transactional(readOnly = true)
    public long countWaiting(QueueFilter filter) {
        return counts.waiting(filter.flag() == QueueFilter.Flag.URGENT,
                filter.flag() == QueueFilter.Flag.PERSONAL_INFO, filter.flag() == QueueFilter.Flag.WANTS_TO_TALK,
                filter.ageBand(), filter.themeId(), QueueFilter.COUNT_CAP);
    }

    private static Specification<Contribution> spec(QueueFilter filter) {
        return ContributionFilters.waiting(filter.flag() == QueueFilter.Flag.URGENT,
                filter.flag() == QueueFilter.Flag.PERSONAL_INFO, filter.flag() == QueueFilter.Flag.WANTS_TO_TALK,
                filter.ageBand(), filter.themeId());
    }

    @Transactional(readOnly = true)
    public Optional<QueueItem> find(long id) {
        return contributions.findById(id).map(ContributionModeration::item);
    }

    /** Marks what screening found, in the transaction that stored the view. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void flag(long id, boolean urgent, boolean personalInfo) {
        contributions.findById(id).ifPresent(c -> c.flag(urgent, personalInfo));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public QueueItem approve(long id, long expectedVersion, long workerId, @Nullable String redacted,
            Collection<Long> themeIds, Instant when) {
        Contribution contribution = waitingAt(id, expectedVersion);
        contribution.changeThemes(themeIds);
        contribution.approve(workerId, redacted, when);
        QueueItem done = flushed(contribution);
        if (contribution.isView()) {
            events.publishEvent(new ViewShared(facts(contribution)));
        }
        return done;
    }

    /** Marks a shared view as a quote for the board, or takes the mark away. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void chooseAsQuote(long id, boolean chosen) {
        Contribution contribution = contributions.findById(id)
                .orElseThrow(() -> new UserFacingException("moderation.gone"));
        if (contribution.getStatus() != ContributionStatus.APPROVED) {
            throw new UserFacingException("moderation.quoteNotShared");
        }
        contribution.chooseAsQuote(chosen);
    }

    /** Counts of shared views for one theme (0: all views), from the views themselves. */
    @Transactional(readOnly = true)
    public List<FactCount> countFacts(long themeId) {
        return contributions.countSharedFacts(themeId).stream().map(row -> new FactCount(
                row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0], themeId,
                (String) row[2], (String) row[3], (String) row[4], bool(row[5]), ((Number) row[6]).longValue()))
                .toList();
    }

    private static @Nullable Boolean bool(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static SharedFacts facts(Contribution c) {
        Mood mood = c.getMood();
        if (mood == null) {
            throw new IllegalStateException("Only views are counted");
        }
        return new SharedFacts(c.requireId(), c.getSubmittedMonth(), List.copyOf(c.getThemeIds()), mood,
                c.getAuthorRole(), c.getAgeBand(), c.getLivesInCounty());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public QueueItem notShare(long id, long expectedVersion, long workerId, NotSharedReason kind,
            @Nullable String ownWords, Instant when) {
        Contribution contribution = waitingAt(id, expectedVersion);
        contribution.notShare(workerId, kind, ownWords, when);
        return flushed(contribution);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public QueueItem changeThemes(long id, long expectedVersion, Collection<Long> themeIds) {
        Contribution contribution = waitingAt(id, expectedVersion);
        contribution.changeThemes(themeIds);
        return flushed(contribution);
    }

    /** The view as the worker last saw it, or a clear refusal if another worker got there first. */
    private Contribution waitingAt(long id, long expectedVersion) {
        Contribution contribution = contributions.findById(id)
                .orElseThrow(() -> new UserFacingException("moderation.gone"));
        if (contribution.getStatus() != ContributionStatus.WAITING) {
            throw new UserFacingException("moderation.alreadyDecided");
        }
        if (contribution.getVersion() != expectedVersion) {
            throw new UserFacingException("moderation.changedMeanwhile");
        }
        return contribution;
    }

    private QueueItem flushed(Contribution contribution) {
        try {
            contributions.saveAndFlush(contribution);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("moderation.changedMeanwhile");
        }
        return item(contribution);
    }

    static QueueItem item(Contribution c) {
        return new QueueItem(c.requireId(), c.getVersion(), c.getAuthorId(), c.getAuthorRole(), c.getAgeBand(),
                c.getText(), c.getPublishedText(), List.copyOf(c.getThemeIds()), c.getMood(), about(c), c.isShowName(),
                c.isWantsToTalk(), c.isUrgent(), c.isPersonalInfo(), c.getStatus(), c.getReasonKind(), c.getReason(),
                c.getSubmittedAt());
    }

    static @Nullable WrittenAbout about(Contribution c) {
        return c.getAbout() == null ? null : WrittenAbout.valueOf(c.getAbout());
    }
}
