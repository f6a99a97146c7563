package org.ourvoice.board.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ourvoice.board.domain.BoardAction;
import org.ourvoice.board.domain.BoardActionRepository;
import org.ourvoice.common.BoardActionDirectory;
import org.ourvoice.insight.service.BoardPackContent;
import org.ourvoice.insight.service.BoardPackDocument;
import org.ourvoice.ui.MessageBundles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The board's open actions for other features (a promise's delivery) and for the board pack, overdue ones marked. */
@Component
class OpenActions implements BoardActionDirectory, BoardPackContent {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final BoardActionRepository actions;
    private final BoardReads reads;
    private final MessageBundles messages;

    OpenActions(BoardActionRepository actions, BoardReads reads, MessageBundles messages) {
        this.actions = actions;
        this.reads = reads;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionSummary> openActions() {
        LocalDate today = reads.today();
        return actions.findOpen().stream().map(a -> summary(a, today)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActionSummary> find(long actionId) {
        return actions.findById(actionId).map(a -> summary(a, reads.today()));
    }

    /** "Open actions": each open action with its owner, due date and status, overdue ones first and marked. */
    @Override
    @Transactional(readOnly = true)
    public List<BoardPackDocument.Section> sections(LocalDate meetingDate, Locale locale) {
        LocalDate today = reads.today();
        List<String> lines = new ArrayList<>();
        List<BoardAction> open = new ArrayList<>(actions.findOpen());
        open.sort((a, b) -> Boolean.compare(b.isOverdue(today), a.isOverdue(today)));
        for (BoardAction a : open) {
            String status = messages.getTranslation(a.getStatus().messageKey(), locale);
            lines.add(messages.getTranslation(a.isOverdue(today) ? "board.pack.overdueLine" : "board.pack.line", locale,
                    a.getTitle(), a.getOwnerName(), DAY.format(a.getDueOn()), status));
        }
        if (lines.isEmpty()) {
            lines.add(messages.getTranslation("board.pack.none", locale));
        }
        return List.of(new BoardPackDocument.Section(messages.getTranslation("board.pack.title", locale), lines));
    }

    private static ActionSummary summary(BoardAction a, LocalDate today) {
        return new ActionSummary(a.requireId(), a.getTitle(), a.getOwnerName(), a.getDueOn(), a.getStatus().name(),
                a.isOverdue(today));
    }
}
