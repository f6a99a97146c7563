package org.ourvoice.board.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourvoice.board.domain.ActionUpdateRepository;
import org.ourvoice.board.domain.BoardAction;
import org.ourvoice.board.domain.BoardResponse;
import org.ourvoice.board.domain.Decision;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.board.domain.Meeting;
import org.ourvoice.board.domain.MeetingRepository;
import org.ourvoice.board.domain.ResponseAnswer;
import org.ourvoice.board.domain.Verdict;
import org.ourvoice.ui.DisplayFormats;
import org.springframework.stereotype.Component;

/** Turns the board's entities into what screens read; callers check who is asking. */
@Component
class BoardReads {

    private final DecisionRepository decisions;
    private final MeetingRepository meetings;
    private final ActionUpdateRepository updates;
    private final Clock clock;

    BoardReads(DecisionRepository decisions, MeetingRepository meetings, ActionUpdateRepository updates,
            Clock clock) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.updates = updates;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DisplayFormats.UK));
    }

    /** The actions as items, looking each decision and meeting up once, and all their updates in one query. */
    List<ActionItem> actions(Collection<BoardAction> actions, boolean withUpdates) {
        Map<Long, Decision> byId = decisions.findAllById(actions.stream().map(BoardAction::getDecisionId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Decision::requireId, Function.identity()));
        Map<Long, LocalDate> dates = meetingDates(byId.values().stream().map(Decision::getMeetingId).collect(Collectors.toSet()));
        LocalDate today = today();
        Map<Long, List<UpdateItem>> notesOf = new HashMap<>();
        if (withUpdates && !actions.isEmpty()) {
            updates.findByActionIdInOrderByWrittenAtDescIdDesc(actions.stream().map(BoardAction::requireId).toList())
                    .forEach(u -> notesOf.computeIfAbsent(u.getActionId(), k -> new ArrayList<>())
                            .add(new UpdateItem(u.getText(), u.getWrittenBy(), u.getWrittenAt())));
        }
        List<ActionItem> items = new ArrayList<>();
        for (BoardAction a : actions) {
            Decision d = byId.get(a.getDecisionId());
            List<UpdateItem> notes = notesOf.getOrDefault(a.requireId(), List.of());
            items.add(new ActionItem(a.requireId(), a.getVersion(), a.getDecisionId(), d == null ? "" : d.getTitle(),
                    d == null ? LocalDate.EPOCH : dates.getOrDefault(d.getMeetingId(), LocalDate.EPOCH), a.getTitle(),
                    a.getOwnerId(), a.getOwnerName(), a.getDueOn(), a.getStatus(), a.getExplanation(),
                    a.isOverdue(today), d == null ? List.of() : List.copyOf(d.getThemeIds()), notes));
        }
        return items;
    }

    Map<Long, LocalDate> meetingDates(Set<Long> meetingIds) {
        return meetings.findAllById(meetingIds).stream()
                .collect(Collectors.toMap(Meeting::requireId, Meeting::getMeetsOn));
    }

    static ResponseItem response(BoardResponse r) {
        return new ResponseItem(r.requireId(), r.getVersion(), r.getDecisionId(), r.getYouSaid(), r.getWeDid(),
                r.getWhatNext(), r.getByWhen(), r.getPublishedAt());
    }

    static AnswerTally tally(Collection<ResponseAnswer> answers) {
        Map<Verdict, Long> counts = new HashMap<>();
        answers.forEach(a -> counts.merge(a.getVerdict(), 1L, Long::sum));
        return new AnswerTally(counts.getOrDefault(Verdict.YES, 0L), counts.getOrDefault(Verdict.PARTLY, 0L),
                counts.getOrDefault(Verdict.NO, 0L));
    }
}
