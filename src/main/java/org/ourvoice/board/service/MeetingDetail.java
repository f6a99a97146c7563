package org.ourvoice.board.service;

import java.util.List;

/**
 * A meeting with its agenda and how many young people attended; their names only for
 * participation workers, since board members see a young person's identity only by choice.
 */
public record MeetingDetail(MeetingSummary meeting, List<AgendaLine> agenda, int youngPeopleAttending,
        List<String> attendeeNames) {

    public MeetingDetail {
        agenda = List.copyOf(agenda);
        attendeeNames = List.copyOf(attendeeNames);
    }
}
