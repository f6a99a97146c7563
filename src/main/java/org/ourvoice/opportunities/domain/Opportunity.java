package org.ourvoice.opportunities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a participation worker offers young people: when and where (or online), who it is
 * for (children in care, care leavers or both, and an age range), how many places, and the moment
 * sign-up closes. Times are instants; the service turns UK dates and times into them. Until it
 * starts, a worker may change its details or cancel it, saying why.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OpportunityKind kind;

    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Column(name = "description", nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "place", length = 200)
    private @Nullable String place;

    @Column(name = "online_link", length = 500)
    private @Nullable String onlineLink;

    @Column(name = "for_children_in_care", nullable = false)
    private boolean forChildrenInCare;

    @Column(name = "for_care_leavers", nullable = false)
    private boolean forCareLeavers;

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age", nullable = false)
    private int maxAge;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "cancelled_by")
    private @Nullable Long cancelledBy;

    @Column(name = "cancel_reason", length = 300)
    private @Nullable String cancelReason;

    protected Opportunity() {
        this.kind = OpportunityKind.CONSULTATION;
        this.title = "";
        this.description = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.closesAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public Opportunity(OpportunityKind kind, String title, String description, Instant startsAt, Instant endsAt,
            @Nullable String place, @Nullable String onlineLink, boolean forChildrenInCare, boolean forCareLeavers,
            int minAge, int maxAge, int places, Instant closesAt, long createdBy, Instant createdAt) {
        checkTimesAndPlaces(startsAt, endsAt, places, closesAt);
        if (!forChildrenInCare && !forCareLeavers) {
            throw new IllegalArgumentException("For someone");
        }
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.forChildrenInCare = forChildrenInCare;
        this.forCareLeavers = forCareLeavers;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.places = places;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * New details before it starts. What it is and who it is for stay as published: people signed
     * up on that basis.
     */
    public void change(String title, String description, Instant startsAt, Instant endsAt, @Nullable String place,
            @Nullable String onlineLink, int places, Instant closesAt, Instant now) {
        requireNotStartedOrCancelled(now);
        checkTimesAndPlaces(startsAt, endsAt, places, closesAt);
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.places = places;
        this.closesAt = closesAt;
    }

    /** Called off before it starts; the reason is shown to the young people who had signed up. */
    public void cancel(String reason, long by, Instant now) {
        requireNotStartedOrCancelled(now);
        this.cancelledAt = now;
        this.cancelledBy = by;
        this.cancelReason = reason;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    private void requireNotStartedOrCancelled(Instant now) {
        if (isCancelled()) {
            throw new IllegalStateException("Already cancelled");
        }
        if (hasStarted(now)) {
            throw new IllegalStateException("Already started");
        }
    }

    private static void checkTimesAndPlaces(Instant startsAt, Instant endsAt, int places, Instant closesAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An opportunity ends after it starts");
        }
        if (closesAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("Sign-up closes before it starts");
        }
        if (places < 1) {
            throw new IllegalArgumentException("At least one place");
        }
    }

    /** Sign-up is open until the closing moment; afterwards people join the waiting list. */
    public boolean isClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Opportunity not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public OpportunityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public @Nullable String getOnlineLink() {
        return onlineLink;
    }

    public boolean isForChildrenInCare() {
        return forChildrenInCare;
    }

    public boolean isForCareLeavers() {
        return forCareLeavers;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public int getPlaces() {
        return places;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getCancelledAt() {
        return cancelledAt;
    }

    public @Nullable Long getCancelledBy() {
        return cancelledBy;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }
}
