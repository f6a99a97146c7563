package org.ourvoice.notifications.service;

import org.ourvoice.ui.MessageBundles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends e-mail once the change that caused it has been saved. A mail server that is down never
 * undoes the change: the inbox message is already stored, and the failure is logged.
 */
@Component
class EmailSender {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSender mailSender;
    private final MessageBundles messages;
    private final String from;

    EmailSender(JavaMailSender mailSender, MessageBundles messages, @Value("${ourvoice.mail.from}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(EmailRequested request) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(request.to());
        mail.setSubject(messages.getTranslation(request.messageKey() + ".subject", request.locale(),
                (Object[]) request.arguments()));
        mail.setText(messages.getTranslation(request.messageKey() + ".email", request.locale(),
                (Object[]) request.arguments()));
        try {
            mailSender.send(mail);
        } catch (MailException e) {
            LOG.warn("Could not send an e-mail notice ({}): {}", request.messageKey(), e.getClass().getSimpleName());
        }
    }
}
