package org.ourvoice.board.service;

import org.jspecify.annotations.Nullable;

/**
 * What the board sees of how well it closes the loop: the share of shared views with a response,
 * the median days from a view being shared to its response, open and overdue actions, answers.
 */
public record BoardFigures(long sharedViews, long viewsWithResponse, int percentWithResponse,
        @Nullable Double medianDaysToResponse, long openActions, long overdueActions, AnswerTally answers) {
}
