package org.ourvoice.board.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.board.domain.AgendaItem;
import org.ourvoice.board.domain.AgendaItemRepository;
import org.ourvoice.board.domain.Attendance;
import org.ourvoice.board.domain.AttendanceRepository;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.board.domain.Meeting;
import org.ourvoice.board.domain.MeetingRepository;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewLookup;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Board meetings: when and where, the agenda with the themes and shared views each item considers, who attended. */
@Service
public class MeetingService {

    static final int MAX_MEETINGS = 500;

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final DecisionRepository decisions;
    private final AttendanceRepository attendance;
    private final ThemeService themes;
    private final SharedViewLookup views;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
            AttendanceRepository attendance, ThemeService themes, SharedViewLookup views, AccountDirectory directory,
            CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.attendance = attendance;
        this.themes = themes;
        this.views = views;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every meeting, newest first. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings() {
        List<Meeting> found = meetings.findAllByOrderByMeetsOnDescIdDesc(PageRequest.of(0, MAX_MEETINGS));
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Meeting::requireId).toList();
        Map<Long, Long> agendaCounts = perMeeting(agenda.countByMeeting(ids));
        Map<Long, Long> decisionCounts = perMeeting(decisions.countByMeeting(ids));
        return found.stream().map(m -> new MeetingSummary(m.requireId(), m.getVersion(), m.getMeetsOn(), m.getPlace(),
                agendaCounts.getOrDefault(m.requireId(), 0L), decisionCounts.getOrDefault(m.requireId(), 0L))).toList();
    }

    private static Map<Long, Long> perMeeting(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public MeetingDetail meeting(long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new UserFacingException("board.meetingGone"));
        List<AgendaLine> lines = agenda.findByMeetingIdOrderByPositionAscIdAsc(id).stream()
                .map(item -> new AgendaLine(item.requireId(), item.getTitle(), List.copyOf(item.getThemeIds()),
                        views.shared(item.getViewIds())))
                .toList();
        List<Attendance> came = attendance.findByMeetingDate(meeting.getMeetsOn());
        boolean worker = currentUser.require().role() == Role.WORKER;
        List<String> names = worker ? came.stream().map(a -> directory.profile(a.getAccountId())
                .map(Profile::displayName).orElse("")).filter(n -> !n.isEmpty()).sorted().toList() : List.of();
        return new MeetingDetail(summary(meeting), lines, came.size(), names);
    }

    /** Records a new meeting; its date and place are required. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public MeetingSummary create(MeetingForm form) {
        String place = BoardText.required(form.place(), BoardText.PLACE, "board.placeNeeded");
        if (form.meetsOn() == null) {
            throw new UserFacingException("board.meetingDateNeeded");
        }
        return summary(meetings.saveAndFlush(new Meeting(form.meetsOn(), place, clock.instant())));
    }

    /** Changes a meeting as the person last saw it; a change made meanwhile by someone else is refused. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public MeetingSummary update(long id, long expectedVersion, MeetingForm form) {
        String place = BoardText.required(form.place(), BoardText.PLACE, "board.placeNeeded");
        if (form.meetsOn() == null) {
            throw new UserFacingException("board.meetingDateNeeded");
        }
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new UserFacingException("board.meetingGone"));
        if (meeting.getVersion() != expectedVersion) {
            throw new UserFacingException("form.conflict");
        }
        meeting.change(form.meetsOn(), place);
        try {
            return summary(meetings.saveAndFlush(meeting));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
    }

    /** Adds an item to the end of the meeting's agenda, considering themes, shared views or both. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public AgendaLine addAgendaItem(long meetingId, AgendaForm form) {
        String title = BoardText.required(form.title(), BoardText.TITLE, "board.agendaTitleNeeded");
        meetings.findById(meetingId).orElseThrow(() -> new UserFacingException("board.meetingGone"));
        checkLinks(form.themeIds(), form.viewIds(), themes, views);
        AgendaItem item = agenda.saveAndFlush(new AgendaItem(meetingId, (int) agenda.countByMeetingId(meetingId) + 1,
                title, form.themeIds(), form.viewIds()));
        return new AgendaLine(item.requireId(), item.getTitle(), List.copyOf(item.getThemeIds()),
                views.shared(item.getViewIds()));
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public void removeAgendaItem(long agendaItemId) {
        agenda.deleteById(agendaItemId);
    }

    /**
     * The themes must exist and the views must be shared (approved) views; a decision or agenda item
     * must consider at least one of either.
     */
    static void checkLinks(List<Long> themeIds, List<Long> viewIds, ThemeService themes, SharedViewLookup views) {
        if (themeIds.isEmpty() && viewIds.isEmpty()) {
            throw new UserFacingException("board.linkNeeded");
        }
        Set<Long> known = new HashSet<>();
        themes.all().forEach(t -> known.add(t.id()));
        if (!known.containsAll(themeIds)) {
            throw new UserFacingException("board.themeGone");
        }
        Set<Long> shared = new HashSet<>();
        views.shared(viewIds).stream().map(SharedView::id).forEach(shared::add);
        if (!shared.containsAll(viewIds)) {
            throw new UserFacingException("board.viewNotShared");
        }
    }

    private MeetingSummary summary(Meeting m) {
        long id = m.requireId();
        return new MeetingSummary(id, m.getVersion(), m.getMeetsOn(), m.getPlace(), agenda.countByMeetingId(id),
                decisions.countByMeetingId(id));
    }
}
