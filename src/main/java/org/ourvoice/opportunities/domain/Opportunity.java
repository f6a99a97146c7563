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
 * sign-up closes. Times are instants; the service turns UK dates and times into them.
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
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An opportunity ends after it starts");
        }
        if (closesAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("Sign-up closes before it starts");
        }
        if (places < 1) {
            throw new IllegalArgumentException("At least one place");
        }
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
}
