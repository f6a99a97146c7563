package org.ourvoice.board.service;

import java.util.List;
import org.ourvoice.voice.service.SharedView;

/** An agenda item as the board reads it, with the shared views it considers. */
public record AgendaLine(long id, String title, List<Long> themeIds, List<SharedView> views) {

    public AgendaLine {
        themeIds = List.copyOf(themeIds);
        views = List.copyOf(views);
    }
}
