package org.ourvoice.board.service;

import java.util.List;

/** A new agenda item: its title and the themes and shared views it considers (one or both). */
public record AgendaForm(String title, List<Long> themeIds, List<Long> viewIds) {

    public AgendaForm {
        themeIds = List.copyOf(themeIds);
        viewIds = List.copyOf(viewIds);
    }
}
