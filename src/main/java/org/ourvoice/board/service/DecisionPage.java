package org.ourvoice.board.service;

import java.util.List;

/** One page of decisions, and whether more follow it. */
public record DecisionPage(List<DecisionItem> items, boolean more) {

    public DecisionPage {
        items = List.copyOf(items);
    }
}
