package org.ourvoice.voice.service;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.TookPart;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Contribution;
import org.ourvoice.voice.domain.ContributionDraft;
import org.ourvoice.voice.domain.ContributionDraftRepository;
import org.ourvoice.voice.domain.ContributionRepository;
import org.ourvoice.voice.domain.ContributionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Young people's side of sharing a view: the draft kept as they type, sending it (screened before
 * anyone sees it, stored once however often the button is tapped), and "My say".
 */
@Service
public class ContributionService {

    /** Long enough to say what matters, short enough to read on a phone. */
    public static final int MAX_TEXT = 2000;
    /** A view is about one theme or a few. */
    public static final int MAX_THEMES = 5;

    private final ContributionRepository contributions;
    private final ContributionDraftRepository drafts;
    private final ThemeService themes;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContributionService(ContributionRepository contributions, ContributionDraftRepository drafts,
            ThemeService themes, AccountDirectory directory, CurrentUser currentUser,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.contributions = contributions;
        this.drafts = drafts;
        this.themes = themes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The young person's unsent draft, or an empty form with a fresh submission key. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public ContributionForm draft() {
        return drafts.findByAccountId(currentUser.require().accountId())
                .map(d -> new ContributionForm(d.getSubmissionKey(), d.getText(), d.getThemeIds(), d.getMood(),
                        d.isShowName(), d.isWantsToTalk()))
                .orElseGet(() -> new ContributionForm(newKey(), "", List.of(), null, false, false));
    }

    /**
     * Keeps what has been typed so far. Lenient on purpose: a draft may be empty, too long or
     * half-chosen; only sending checks it. Control characters are dropped rather than refused.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public void saveDraft(ContributionForm form) {
        long me = currentUser.require().accountId();
        String key = validKey(form.submissionKey());
        ContributionDraft draft = drafts.findByAccountId(me).orElseGet(() -> new ContributionDraft(me, key));
        String text = TextRules.withoutControlCharacters(form.text());
        if (TextRules.visibleLength(text) > MAX_TEXT * 2) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT * 2));
        }
        List<Long> themeIds = form.themeIds().stream().distinct().limit(MAX_THEMES * 4L).toList();
        draft.update(text, themeIds, form.mood(), form.showName(), form.wantsToTalk(), clock.instant());
        drafts.save(draft);
    }

    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public void discardDraft() {
        drafts.deleteByAccountId(currentUser.require().accountId());
    }

    /**
     * Sends the view. It is screened in the same transaction (a safeguarding flag routes it to
     * workers at once and is never shown to the young person). Sending the same form twice
     * returns the view stored the first time; different words sent with a form already used (an
     * older copy of the form in another tab) are a new view.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    public long submit(ContributionForm form) {
        SignedInUser me = currentUser.require();
        String text = checkedText(form.text());
        List<Long> themeIds = form.themeIds().stream().distinct().toList();
        if (themeIds.isEmpty()) {
            throw new UserFacingException("voice.themeNeeded");
        }
        if (themeIds.size() > MAX_THEMES) {
            throw new UserFacingException("voice.tooManyThemes", MAX_THEMES);
        }
        if (form.mood() == null) {
            throw new UserFacingException("voice.moodNeeded");
        }
        if (!themes.allActive(themeIds)) {
            throw new UserFacingException("voice.themeGone");
        }
        String formKey = validKey(form.submissionKey());
        Optional<Contribution> sent = sentWith(formKey);
        boolean otherWords = sent.isPresent() && !sameView(sent.get(), me.accountId(), text);
        String key = otherWords
                ? UUID.nameUUIDFromBytes((formKey + text).getBytes(StandardCharsets.UTF_8)).toString() : formKey;
        Optional<Contribution> already = (otherWords ? sentWith(key) : sent)
                .filter(c -> sameView(c, me.accountId(), text));
        if (already.isPresent()) {
            return already.get().requireId();
        }
        try {
            Long id = transactions.execute(status -> store(me, key, text, themeIds, form));
            return id == null ? 0 : id;
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            return sentWith(key).filter(c -> sameView(c, me.accountId(), text)).map(Contribution::requireId)
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    /**
     * Sends writing about something else (an answer to a response, a suggestion or comment on a
     * pledge, feedback on an event): screened at once like a view and moderated in the same queue,
     * but without themes or a feeling. The feature it answers keeps {@code subjectId} and the id
     * returned; others read the words only once a worker has approved them. Sending the same words
     * with the same key twice stores them once.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    public long submitAbout(WrittenAbout about, long subjectId, String text, boolean showName, String submissionKey) {
        SignedInUser me = currentUser.require();
        String words = checkedText(text);
        String formKey = validKey(submissionKey);
        Optional<Contribution> sent = sentWith(formKey);
        boolean otherWords = sent.isPresent() && !sameView(sent.get(), me.accountId(), words);
        String key = otherWords
                ? UUID.nameUUIDFromBytes((formKey + words).getBytes(StandardCharsets.UTF_8)).toString() : formKey;
        Optional<Contribution> already = (otherWords ? sentWith(key) : sent)
                .filter(c -> sameView(c, me.accountId(), words));
        if (already.isPresent()) {
            return already.get().requireId();
        }
        try {
            Long id = transactions.execute(status -> storeAbout(me, key, about, subjectId, words, showName));
            return id == null ? 0 : id;
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            return sentWith(key).filter(c -> sameView(c, me.accountId(), words)).map(Contribution::requireId)
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    private long storeAbout(SignedInUser me, String key, WrittenAbout about, long subjectId, String text,
            boolean showName) {
        Profile profile = directory.profile(me.accountId())
                .orElseThrow(() -> new UserFacingException("error.notAllowed"));
        Contribution writing = contributions.saveAndFlush(Contribution.about(about.name(), subjectId, key,
                me.accountId(), profile.role(), profile.ageBand() == null ? null : profile.ageBand().name(),
                profile.livesInCounty(), text, showName, clock.instant()));
        long id = writing.requireId();
        events.publishEvent(new ContributionSubmitted(id, me.accountId(), text, false));
        return id;
    }

    /** The young person's own writing about any of the given things, newest first, whatever became of it. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public List<MyContribution> mineAbout(WrittenAbout about, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return contributions.findMineAbout(about.name(), subjectIds, currentUser.require().accountId()).stream()
                .map(ContributionService::mine).toList();
    }

    private long store(SignedInUser me, String key, String text, List<Long> themeIds, ContributionForm form) {
        Profile profile = directory.profile(me.accountId())
                .orElseThrow(() -> new UserFacingException("error.notAllowed"));
        Instant now = clock.instant();
        Contribution contribution = contributions.saveAndFlush(new Contribution(key, me.accountId(), profile.role(),
                profile.ageBand() == null ? null : profile.ageBand().name(), profile.livesInCounty(), text, themeIds,
                form.mood(), form.showName(), form.wantsToTalk(), now));
        long id = contribution.requireId();
        events.publishEvent(new ContributionSubmitted(id, me.accountId(), text, form.wantsToTalk()));
        events.publishEvent(new TookPart(me.accountId(), TookPart.Kind.SUBMITTED_VIEW, now));
        drafts.deleteByAccountId(me.accountId());
        return id;
    }

    private Optional<Contribution> sentWith(String key) {
        return Optional.ofNullable(transactions.execute(status -> contributions.findBySubmissionKey(key)
                .orElse(null)));
    }

    private static boolean sameView(Contribution sent, long accountId, String text) {
        return Long.valueOf(accountId).equals(sent.getAuthorId()) && sent.getText().equals(text);
    }

    private static String checkedText(String raw) {
        if (TextRules.hasControlCharacters(raw)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("voice.textNeeded");
        }
        if (TextRules.visibleLength(text) > MAX_TEXT) {
            throw new UserFacingException("form.tooLong", MAX_TEXT);
        }
        return text;
    }

    /** The young person's own views, newest first. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public List<MyContribution> mine(int offset, int limit) {
        int size = Math.max(1, limit);
        return contributions.findByAuthorIdOrderBySubmittedAtDescIdDesc(currentUser.require().accountId(),
                PageRequest.of(offset / size, size)).stream()
                .map(ContributionService::mine).toList();
    }

    private static MyContribution mine(Contribution c) {
        return new MyContribution(c.requireId(), c.getText(), List.copyOf(c.getThemeIds()), c.getMood(),
                ContributionModeration.about(c), c.isShowName(), c.getStatus(), c.getReasonKind(), c.getReason(),
                c.getSubmittedAt(), c.getDecidedAt());
    }

    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public long countMine() {
        return contributions.countByAuthorId(currentUser.require().accountId());
    }

    /** How many of the young person's views a worker has still to check. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public long countMineWaiting() {
        return contributions.countByAuthorIdAndStatus(currentUser.require().accountId(), ContributionStatus.WAITING);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String validKey(String key) {
        try {
            return UUID.fromString(key).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return newKey();
        }
    }
}
