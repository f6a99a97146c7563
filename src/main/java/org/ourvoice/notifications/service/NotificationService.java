package org.ourvoice.notifications.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.notifications.domain.Notice;
import org.ourvoice.notifications.domain.NoticeRepository;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people things: always in their inbox, and by e-mail when asked for and an address is
 * known. Other features call {@link #send}; each person reads only their own inbox.
 *
 * <p>A message is a key in the bundles with arguments; the bundle holds {@code key} (inbox text),
 * {@code key.subject} and {@code key.email} (e-mail). Arguments must never carry a young person's
 * own words or name to someone else.
 */
@Service
public class NotificationService {

    /** Whether to send an e-mail as well as the inbox message. */
    public enum Delivery { INBOX, INBOX_AND_EMAIL }

    private final NoticeRepository notices;
    private final Recipients recipients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NoticeRepository notices, Recipients recipients, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Sends to the given accounts, within the caller's transaction. */
    @PermitAll
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(Collection<Long> accountIds, Delivery delivery, boolean urgent, String messageKey,
            @Nullable String link, String... arguments) {
        deliver(recipients.byIds(accountIds), delivery, urgent, messageKey, link, arguments);
    }

    /** Sends to every enabled account in the role, for example all participation workers. */
    @PermitAll
    @Transactional(propagation = Propagation.REQUIRED)
    public void sendToRole(Role role, Delivery delivery, boolean urgent, String messageKey, @Nullable String link,
            String... arguments) {
        deliver(recipients.inRole(role), delivery, urgent, messageKey, link, arguments);
    }

    private void deliver(List<Recipients.Recipient> contacts, Delivery delivery, boolean urgent, String messageKey,
            @Nullable String link, String[] arguments) {
        for (Recipients.Recipient contact : contacts) {
            notices.save(new Notice(contact.accountId(), messageKey, arguments, link, urgent, clock.instant()));
            if (delivery == Delivery.INBOX_AND_EMAIL && contact.email() != null) {
                events.publishEvent(new EmailRequested(contact.email(), messageKey, arguments, contact.locale()));
            }
        }
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<NoticeItem> mine(int offset, int limit) {
        long me = currentUser.require().accountId();
        int size = Math.max(1, limit);
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(me, PageRequest.of(offset / size, size)).stream()
                .map(n -> new NoticeItem(n.getId() == null ? 0 : n.getId(), n.getMessageKey(), n.getArguments(),
                        n.getLink(), n.isUrgent(), n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long countMine() {
        return notices.countByRecipientId(currentUser.require().accountId());
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notices.countByRecipientIdAndReadAtIsNull(currentUser.require().accountId());
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public void markAllRead() {
        notices.markAllRead(currentUser.require().accountId(), clock.instant());
    }
}
