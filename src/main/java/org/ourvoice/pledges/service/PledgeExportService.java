package org.ourvoice.pledges.service;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.Language;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.MessageBundles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An adopted version to keep or share: a laid-out PDF and an accessible HTML page, in the reader's
 * language for the fixed words (the promises are in the words the board adopted). Each download
 * is audited.
 */
@Service
public class PledgeExportService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final OurPromisesService promises;
    private final MessageBundles messages;
    private final AuditTrail audit;
    private final Clock clock;

    PledgeExportService(OurPromisesService promises, MessageBundles messages, AuditTrail audit, Clock clock) {
        this.promises = promises;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public byte[] pdf(long versionId, Locale locale) {
        byte[] pdf = PromisesPdf.write(document(versionId, locale));
        audit.record(AuditAction.PLEDGE_EXPORTED, "pledge version " + versionId, "PDF");
        return pdf;
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public byte[] html(long versionId, Locale locale) {
        byte[] html = PromisesHtml.write(document(versionId, locale)).getBytes(StandardCharsets.UTF_8);
        audit.record(AuditAction.PLEDGE_EXPORTED, "pledge version " + versionId, "HTML");
        return html;
    }

    private PromisesDocument document(long versionId, Locale locale) {
        AdoptedPromises adopted = promises.adopted(versionId);
        VersionDetail version = adopted.version();
        Credits credits = adopted.credits();
        Language language = Language.of(locale);
        List<String> changes = new ArrayList<>();
        for (Credits.ChangeMade change : credits.changes()) {
            String number = change.number() == null ? "" : t(locale, "pledges.ours.number", change.number());
            changes.add(number + t(locale, change.outcome().messageKey()) + ": " + change.after()
                    + (change.before() == null ? "" : " (" + t(locale, "pledges.export.before", change.before()) + ")"));
        }
        String subtitle = version.adoptedOn() == null ? ""
                : t(locale, "pledges.export.subtitle", version.number(), DAY.format(version.adoptedOn()));
        return new PromisesDocument(language.locale().toLanguageTag(), language.isRightToLeft(), version.documentTitle(),
                subtitle, t(locale, "pledges.export.made", MADE.format(clock.instant().atZone(PledgeRecords.UK))),
                version.sections(), t(locale, "pledges.export.credits"), creditsLine(credits, locale),
                t(locale, "pledges.ours.changes"), changes, t(locale, "pledges.export.page"));
    }

    String creditsLine(Credits credits, Locale locale) {
        if (credits.people() == 0) {
            return t(locale, "pledges.ours.credits.none");
        }
        if (credits.names().isEmpty()) {
            return t(locale, "pledges.ours.credits.count", credits.others());
        }
        String names = String.join(", ", credits.names());
        return credits.others() == 0 ? t(locale, "pledges.ours.credits.names", names)
                : t(locale, "pledges.ours.credits.namesAndCount", names, credits.others());
    }

    private String t(Locale locale, String key, Object... arguments) {
        return messages.getTranslation(key, locale, arguments);
    }
}
