package org.ourvoice.moderation.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.domain.PhraseKind;
import org.ourvoice.moderation.domain.ScreeningPhrase;
import org.ourvoice.moderation.domain.ScreeningPhraseRepository;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phrase lists screening uses, kept up to date by participation workers; every change is audited. */
@Service
public class ScreeningPhraseService {

    private final ScreeningPhraseRepository phrases;
    private final Screening screening;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScreeningPhraseService(ScreeningPhraseRepository phrases, Screening screening, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.phrases = phrases;
        this.screening = screening;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public List<PhraseItem> list(PhraseKind kind) {
        return phrases.findByKindOrderByPhraseAsc(kind).stream()
                .map(p -> new PhraseItem(p.requireId(), p.getKind(), p.getPhrase(), p.isActive(), p.getAddedAt()))
                .toList();
    }

    /** Adds a phrase, or brings back a retired one that is the same. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void add(PhraseKind kind, String phrase) {
        if (TextRules.hasControlCharacters(phrase)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String tidy = TextRules.tidy(phrase).toLowerCase(Locale.ROOT);
        if (tidy.replace("*", "").isBlank() || PhraseMatcher.words(tidy).length == 0) {
            throw new UserFacingException("phrases.needed");
        }
        if (TextRules.visibleLength(tidy) > ScreeningPhrase.MAX_LENGTH) {
            throw new UserFacingException("form.tooLong", ScreeningPhrase.MAX_LENGTH);
        }
        ScreeningPhrase existing = phrases.findByKindAndPhrase(kind, tidy).orElse(null);
        if (existing != null && existing.isActive()) {
            throw new UserFacingException("phrases.already");
        }
        if (existing != null) {
            existing.setActive(true);
        } else {
            phrases.save(new ScreeningPhrase(kind, tidy, currentUser.require().accountId(), clock.instant()));
        }
        audit.record(AuditAction.PHRASE_ADDED, kind.name(), tidy);
    }

    /** Stops screening for the phrase; it stays listed so it can be brought back. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void retire(long phraseId) {
        ScreeningPhrase phrase = phrases.findById(phraseId)
                .orElseThrow(() -> new UserFacingException("phrases.gone"));
        phrase.setActive(false);
        audit.record(AuditAction.PHRASE_RETIRED, phrase.getKind().name(), phrase.getPhrase());
    }

    /** Tries the lists on a sentence without storing anything, so a worker can see what a change does. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public ScreeningResult test(String sentence) {
        return screening.screen(sentence == null ? "" : sentence);
    }
}
