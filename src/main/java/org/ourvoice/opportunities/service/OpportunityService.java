package org.ourvoice.opportunities.service;

import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.AttendedBoardMeeting;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.TookPart;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.opportunities.domain.Opportunity;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.OpportunityRepository;
import org.ourvoice.opportunities.domain.SignUp;
import org.ourvoice.opportunities.domain.SignUpRepository;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.SharedViewService;
import org.ourvoice.voice.service.WrittenAbout;
import org.ourvoice.voice.service.WrittenText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities from publishing to "how was it?": workers publish them in UK time; young people
 * see those meant for them, take a place or join the waiting list, say what support they need and
 * cancel (the next person waiting gets the place and is told); workers record who came, which
 * counts as taking part and, for a board seat, as attending that board meeting.
 */
@Service
public class OpportunityService {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_LINK = 500;
    public static final int MAX_LANGUAGE = 60;
    public static final int MAX_ACCESS_NEEDS = 500;
    public static final int MAX_PLACES = 500;
    public static final int YOUNGEST = 8;
    public static final int OLDEST = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);
    /** How far ahead an opportunity may be published. */
    static final int MAX_YEARS_AHEAD = 2;
    /** How long after it a past opportunity still shows, so people who came can say how it was. */
    static final int DAYS_SHOWN_AFTER = 60;
    static final int PAST_LISTED = 50;

    private final OpportunityRepository opportunities;
    private final SignUpRepository signUps;
    private final AccountDirectory directory;
    private final NotificationService notifications;
    private final ContributionService contributions;
    private final SharedViewService shared;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final FreePlaces freePlaces;

    OpportunityService(OpportunityRepository opportunities, SignUpRepository signUps, AccountDirectory directory,
            NotificationService notifications, ContributionService contributions, SharedViewService shared,
            CurrentUser currentUser, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
            FreePlaces freePlaces) {
        this.opportunities = opportunities;
        this.signUps = signUps;
        this.directory = directory;
        this.notifications = notifications;
        this.contributions = contributions;
        this.shared = shared;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.freePlaces = freePlaces;
    }

    // --- workers ---------------------------------------------------------------------------

    /** Publishes an opportunity; young people it is meant for see it at once. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long publish(OpportunityForm form) {
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        OpportunityKind kind = form.kind();
        if (kind == null) {
            throw new UserFacingException("opportunity.kindNeeded");
        }
        String title = text(form.title(), MAX_TITLE, true, "opportunity.titleNeeded");
        String description = text(form.description(), MAX_DESCRIPTION, true, "opportunity.descriptionNeeded");
        String place = text(form.place(), MAX_PLACE, false, "opportunity.whereNeeded");
        String link = text(form.onlineLink(), MAX_LINK, false, "opportunity.whereNeeded");
        if (place.isEmpty() && link.isEmpty()) {
            throw new UserFacingException("opportunity.whereNeeded");
        }
        if (!link.isEmpty() && !isWebLink(link)) {
            throw new UserFacingException("opportunity.linkNotValid");
        }
        if (form.date() == null || form.startTime() == null || form.endTime() == null) {
            throw new UserFacingException("opportunity.whenNeeded");
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (form.date().isBefore(today) || form.date().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new UserFacingException("opportunity.dateOutOfRange", MAX_YEARS_AHEAD);
        }
        Instant startsAt = ukInstant(form.date(), form.startTime());
        Instant endsAt = ukInstant(form.date(), form.endTime());
        if (!endsAt.isAfter(startsAt)) {
            throw new UserFacingException("opportunity.endBeforeStart");
        }
        if (!startsAt.isAfter(now)) {
            throw new UserFacingException("opportunity.dateOutOfRange", MAX_YEARS_AHEAD);
        }
        if (!form.forChildrenInCare() && !form.forCareLeavers()) {
            throw new UserFacingException("opportunity.whoNeeded");
        }
        if (form.minAge() < YOUNGEST || form.maxAge() > OLDEST || form.minAge() > form.maxAge()) {
            throw new UserFacingException("opportunity.agesNotValid", YOUNGEST, OLDEST);
        }
        if (form.places() < 1 || form.places() > MAX_PLACES) {
            throw new UserFacingException("opportunity.placesNotValid", MAX_PLACES);
        }
        LocalDate closing = form.closingDate();
        if (closing == null || closing.isBefore(today) || closing.isAfter(form.date())) {
            throw new UserFacingException("opportunity.closingNotValid");
        }
        // sign-up closes at the end of the closing day in UK time, or when it starts if that is sooner
        Instant endOfClosingDay = closing.plusDays(1).atStartOfDay(UK).toInstant();
        Instant closesAt = endOfClosingDay.isAfter(startsAt) ? startsAt : endOfClosingDay;
        Opportunity opportunity = opportunities.saveAndFlush(new Opportunity(kind, title, description, startsAt,
                endsAt, place.isEmpty() ? null : place, link.isEmpty() ? null : link, form.forChildrenInCare(),
                form.forCareLeavers(), form.minAge(), form.maxAge(), form.places(), closesAt, me.accountId(), now));
        audit.record(AuditAction.OPPORTUNITY_PUBLISHED, "opportunity " + opportunity.requireId(), kind.name());
        return opportunity.requireId();
    }

    /** Opportunities not yet over, soonest first, with places taken and people waiting. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public List<OpportunitySummary> upcoming() {
        return opportunities.findByEndsAtAfterOrderByStartsAtAscIdAsc(clock.instant()).stream()
                .map(this::summary).toList();
    }

    /** Opportunities that are over, most recent first, for recording who came. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public List<OpportunitySummary> past() {
        return opportunities.findByEndsAtLessThanEqualOrderByStartsAtDescIdDesc(clock.instant(),
                PageRequest.of(0, PAST_LISTED)).stream().map(this::summary).toList();
    }

    /** Everyone signed up or waiting, in the order they asked, with the support they need. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public List<SignUpRow> signUps(long opportunityId) {
        find(opportunityId);
        List<SignUp> all = signUps.findByOpportunityIdOrderByQueuedAtAscIdAsc(opportunityId).stream()
                .filter(SignUp::isActive).toList();
        List<SignUpRow> rows = new ArrayList<>();
        int waiting = 0;
        for (SignUp s : all) {
            Optional<Profile> profile = directory.profile(s.getAccountId());
            int position = s.getStatus() == SignUpStatus.WAITING ? ++waiting : 0;
            rows.add(new SignUpRow(s.requireId(), s.getAccountId(),
                    profile.map(Profile::displayName).orElse(""), profile.map(Profile::role).orElse(Role.YOUNG_PERSON),
                    profile.map(Profile::ageBand).orElse(null), s.getStatus(), position, s.needs(), s.getAttended()));
        }
        return rows;
    }

    /**
     * Records whether someone with a place came, once the opportunity has started. Coming counts
     * as taking part, and for a board seat as attending that meeting; the young person is asked
     * how it was. Someone recorded as having come stays so (the evidence is already counted).
     */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void recordAttendance(long opportunityId, long signUpId, boolean came) {
        Opportunity opportunity = find(opportunityId);
        Instant now = clock.instant();
        if (!opportunity.hasStarted(now)) {
            throw new UserFacingException("opportunity.notStartedYet");
        }
        SignUp signUp = signUps.findById(signUpId).filter(s -> s.getOpportunityId() == opportunityId)
                .orElseThrow(() -> new UserFacingException("opportunity.signUpGone"));
        if (signUp.getStatus() != SignUpStatus.PLACE) {
            throw new UserFacingException("opportunity.attendanceOnlyPlaces");
        }
        if (Boolean.TRUE.equals(signUp.getAttended())) {
            if (!came) {
                throw new UserFacingException("opportunity.attendanceFinal");
            }
            return;
        }
        signUp.recordAttendance(came, now);
        signUps.saveAndFlush(signUp);
        audit.record(AuditAction.ATTENDANCE_RECORDED, "opportunity " + opportunityId,
                "sign-up " + signUpId + (came ? " came" : " did not come"));
        if (came) {
            events.publishEvent(new TookPart(signUp.getAccountId(), TookPart.Kind.ATTENDED, opportunity.getStartsAt()));
            if (opportunity.getKind() == OpportunityKind.BOARD_SEAT) {
                events.publishEvent(new AttendedBoardMeeting(signUp.getAccountId(),
                        opportunity.getStartsAt().atZone(UK).toLocalDate(), now));
            }
            notifications.send(List.of(signUp.getAccountId()), NotificationService.Delivery.INBOX, false,
                    "opportunity.notice.howWasIt", "things-to-join", opportunity.getTitle());
        }
    }

    /** "How was it?" answers a worker has checked and shared, oldest first. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public List<WrittenText> feedback(long opportunityId) {
        find(opportunityId);
        return shared.sharedAbout(WrittenAbout.EVENT_FEEDBACK, List.of(opportunityId));
    }

    // --- young people ----------------------------------------------------------------------

    /**
     * Opportunities meant for the young person (their cohort and age) that are not over yet, and
     * recent ones they came to (to say how it was), soonest first, each with where they stand.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public List<OpportunityCard> forMe() {
        Profile me = myProfile();
        Instant now = clock.instant();
        List<Opportunity> open = opportunities.findByEndsAtAfterOrderByStartsAtAscIdAsc(
                now.minus(Duration.ofDays(DAYS_SHOWN_AFTER)));
        Map<Long, SignUp> mine = signUps.findByAccountIdAndOpportunityIdIn(me.accountId(),
                open.stream().map(Opportunity::requireId).toList()).stream()
                .collect(Collectors.toMap(SignUp::getOpportunityId, Function.identity()));
        List<OpportunityCard> cards = new ArrayList<>();
        for (Opportunity o : open) {
            SignUp signUp = mine.get(o.requireId());
            boolean over = !o.getEndsAt().isAfter(now);
            boolean came = signUp != null && Boolean.TRUE.equals(signUp.getAttended());
            if (over ? came : meantFor(o, me) || (signUp != null && signUp.isActive())) {
                cards.add(card(o, signUp, now));
            }
        }
        return cards;
    }

    /**
     * Takes a place, or a place on the waiting list when it is full or sign-up has closed, with
     * the support the young person needs. Asking again while signed up changes the support needs.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public SignUpResult signUp(long opportunityId, SupportNeeds needs) {
        Profile me = myProfile();
        SupportNeeds checked = checked(needs);
        Instant now = clock.instant();
        Opportunity opportunity = opportunities.lockById(opportunityId)
                .orElseThrow(() -> new UserFacingException("opportunity.gone"));
        if (!meantFor(opportunity, me)) {
            throw new UserFacingException("opportunity.notForYou");
        }
        if (opportunity.hasStarted(now)) {
            throw new UserFacingException("opportunity.started");
        }
        Optional<SignUp> existing = signUps.findByOpportunityIdAndAccountId(opportunityId, me.accountId());
        if (existing.isPresent() && existing.get().isActive()) {
            SignUp signUp = existing.get();
            signUp.changeNeeds(checked);
            signUps.saveAndFlush(signUp);
            return result(signUp, opportunity.isClosed(now) ? SignUpResult.Reason.CLOSED : SignUpResult.Reason.FULL);
        }
        SignUpResult.Reason reason;
        SignUpStatus status;
        if (opportunity.isClosed(now)) {
            reason = SignUpResult.Reason.CLOSED;
            status = SignUpStatus.WAITING;
        } else if (signUps.countByOpportunityIdAndStatus(opportunityId, SignUpStatus.PLACE) >= opportunity.getPlaces()) {
            reason = SignUpResult.Reason.FULL;
            status = SignUpStatus.WAITING;
        } else {
            reason = SignUpResult.Reason.GOT_A_PLACE;
            status = SignUpStatus.PLACE;
        }
        SignUp signUp;
        if (existing.isPresent()) {
            signUp = existing.get();
            signUp.signUpAgain(status, checked, now);
        } else {
            signUp = new SignUp(opportunityId, me.accountId(), status, checked, now);
        }
        return result(signUps.saveAndFlush(signUp), reason);
    }

    /**
     * Gives up the young person's place or their place in the queue. A place that comes free
     * goes to the first person waiting, who is told.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public void cancel(long opportunityId) {
        long me = currentUser.require().accountId();
        Opportunity opportunity = opportunities.lockById(opportunityId)
                .orElseThrow(() -> new UserFacingException("opportunity.gone"));
        SignUp signUp = signUps.findByOpportunityIdAndAccountId(opportunityId, me).filter(SignUp::isActive)
                .orElseThrow(() -> new UserFacingException("opportunity.notSignedUp"));
        Instant now = clock.instant();
        if (opportunity.hasStarted(now)) {
            throw new UserFacingException("opportunity.started");
        }
        boolean hadPlace = signUp.getStatus() == SignUpStatus.PLACE;
        signUp.cancel();
        signUps.saveAndFlush(signUp);
        if (hadPlace) {
            freePlaces.fill(opportunity);
        }
    }

    /** "How was it?": short feedback from someone who came, checked by a worker like any view. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public long giveFeedback(long opportunityId, String text, boolean showName, String submissionKey) {
        long me = currentUser.require().accountId();
        find(opportunityId);
        SignUp signUp = signUps.findByOpportunityIdAndAccountId(opportunityId, me)
                .filter(s -> Boolean.TRUE.equals(s.getAttended()))
                .orElseThrow(() -> new UserFacingException("opportunity.feedbackOnlyAttended"));
        long id = contributions.submitAbout(WrittenAbout.EVENT_FEEDBACK, opportunityId, text, showName, submissionKey);
        signUp.feedbackGiven(id);
        signUps.saveAndFlush(signUp);
        return id;
    }

    // --- shared rules ----------------------------------------------------------------------

    /** The instant a UK wall-clock time stands for; a time the clocks skip when they go forward does not exist. */
    static Instant ukInstant(LocalDate date, LocalTime time) {
        LocalDateTime local = LocalDateTime.of(date, time);
        if (UK.getRules().getValidOffsets(local).isEmpty()) {
            throw new UserFacingException("opportunity.timeSkipped");
        }
        // when the clocks go back, a time that happens twice means the first (summer time) one
        return ZonedDateTime.ofLocal(local, UK, null).withEarlierOffsetAtOverlap().toInstant();
    }

    /** Whether the opportunity is for the young person's cohort and age; an age not recorded does not rule them out. */
    static boolean meantFor(Opportunity opportunity, Profile person) {
        boolean cohort = person.role() == Role.YOUNG_PERSON ? opportunity.isForChildrenInCare()
                : person.role() == Role.CARE_LEAVER && opportunity.isForCareLeavers();
        if (!cohort) {
            return false;
        }
        AgeBand band = person.ageBand();
        if (band == null) {
            return true;
        }
        String[] parts = band.name().split("_");
        int youngest = Integer.parseInt(parts[1]);
        int oldest = Integer.parseInt(parts[2]);
        return youngest <= opportunity.getMaxAge() && oldest >= opportunity.getMinAge();
    }


    static String formatWhen(Instant instant) {
        return WHEN.format(instant.atZone(UK));
    }

    private SignUpResult result(SignUp signUp, SignUpResult.Reason waitingReason) {
        if (signUp.getStatus() == SignUpStatus.PLACE) {
            return new SignUpResult(SignUpStatus.PLACE, SignUpResult.Reason.GOT_A_PLACE, 0);
        }
        return new SignUpResult(SignUpStatus.WAITING, waitingReason, position(signUp));
    }

    private int position(SignUp signUp) {
        return (int) signUps.countAhead(signUp.getOpportunityId(), signUp.getQueuedAt(), signUp.requireId()) + 1;
    }

    private OpportunityCard card(Opportunity o, @Nullable SignUp signUp, Instant now) {
        long taken = signUps.countByOpportunityIdAndStatus(o.requireId(), SignUpStatus.PLACE);
        SignUpStatus status = signUp == null || !signUp.isActive() ? null : signUp.getStatus();
        return new OpportunityCard(o.requireId(), o.getKind(), o.getTitle(), o.getDescription(), o.getStartsAt(),
                o.getEndsAt(), o.getPlace(), o.getOnlineLink(), (int) Math.max(0, o.getPlaces() - taken),
                o.getClosesAt(), o.isClosed(now), o.hasStarted(now), status,
                status == SignUpStatus.WAITING ? position(signUp) : 0, status == null ? null : signUp.needs(),
                signUp != null && Boolean.TRUE.equals(signUp.getAttended()),
                signUp != null && signUp.getFeedbackId() != null);
    }

    private OpportunitySummary summary(Opportunity o) {
        return new OpportunitySummary(o.requireId(), o.getKind(), o.getTitle(), o.getStartsAt(), o.getEndsAt(),
                o.getPlace(), o.getOnlineLink(), o.isForChildrenInCare(), o.isForCareLeavers(), o.getMinAge(),
                o.getMaxAge(), o.getPlaces(), signUps.countByOpportunityIdAndStatus(o.requireId(), SignUpStatus.PLACE),
                signUps.countByOpportunityIdAndStatus(o.requireId(), SignUpStatus.WAITING), o.getClosesAt());
    }

    private Opportunity find(long opportunityId) {
        return opportunities.findById(opportunityId).orElseThrow(() -> new UserFacingException("opportunity.gone"));
    }

    private Profile myProfile() {
        return directory.profile(currentUser.require().accountId())
                .orElseThrow(() -> new UserFacingException("error.notAllowed"));
    }

    private static SupportNeeds checked(SupportNeeds needs) {
        String language = text(needs.interpreterLanguage(), MAX_LANGUAGE, false, "opportunity.languageTooLong");
        String access = text(needs.accessNeeds(), MAX_ACCESS_NEEDS, false, "opportunity.accessTooLong");
        return new SupportNeeds(needs.transport(), needs.interpreter(),
                needs.interpreter() && !language.isEmpty() ? language : null, needs.companion(),
                access.isEmpty() ? null : access);
    }

    private static String text(@Nullable String raw, int max, boolean required, String neededKey) {
        if (TextRules.hasControlCharacters(raw)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String text = TextRules.tidy(raw);
        if (required && text.isEmpty()) {
            throw new UserFacingException(neededKey);
        }
        if (TextRules.visibleLength(text) > max) {
            throw new UserFacingException("form.tooLong", max);
        }
        return text;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
