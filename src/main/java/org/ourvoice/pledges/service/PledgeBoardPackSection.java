package org.ourvoice.pledges.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ourvoice.insight.service.BoardPackContent;
import org.ourvoice.insight.service.BoardPackDocument;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.ui.MessageBundles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds the adopted promises that are off track or at risk, with their latest evidence, to the board pack. */
@Component
class PledgeBoardPackSection implements BoardPackContent {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final PledgeDeliveryService delivery;
    private final MessageBundles messages;

    PledgeBoardPackSection(PledgeDeliveryService delivery, MessageBundles messages) {
        this.delivery = delivery;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BoardPackDocument.Section> sections(LocalDate meetingDate, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (PromiseProgress document : delivery.progress()) {
            for (DeliveryStatus worrying : List.of(DeliveryStatus.OFF_TRACK, DeliveryStatus.AT_RISK)) {
                document.lines().stream().filter(l -> l.status() == worrying && !l.updates().isEmpty())
                        .forEach(l -> lines.add(messages.getTranslation("pledges.boardPack.line", locale,
                                document.version().documentTitle(), l.commitment().number(), l.commitment().text(),
                                messages.getTranslation(worrying.messageKey(), locale),
                                DAY.format(l.updates().getFirst().on()), l.updates().getFirst().evidence())));
            }
        }
        if (lines.isEmpty()) {
            lines.add(messages.getTranslation("pledges.boardPack.none", locale));
        }
        return List.of(new BoardPackDocument.Section(messages.getTranslation("pledges.boardPack.title", locale),
                lines));
    }
}
