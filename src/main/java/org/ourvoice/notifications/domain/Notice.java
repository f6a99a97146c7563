package org.ourvoice.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message in a person's inbox. The text is kept as a message key with its arguments, so it
 * shows in the reader's language; arguments never carry a young person's words.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "arguments", length = 1000)
    private @Nullable String arguments;

    @Column(name = "link", length = 200)
    private @Nullable String link;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notice() {
        this.messageKey = "";
        this.createdAt = Instant.EPOCH;
    }

    public Notice(long recipientId, String messageKey, String[] arguments, @Nullable String link, boolean urgent,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.arguments = arguments.length == 0 ? null : String.join(SEPARATOR, arguments);
        this.link = link;
        this.urgent = urgent;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String[] getArguments() {
        return arguments == null ? new String[0] : arguments.split(SEPARATOR, -1);
    }

    public @Nullable String getLink() {
        return link;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
