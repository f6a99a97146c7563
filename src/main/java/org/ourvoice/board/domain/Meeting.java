package org.ourvoice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A meeting of the corporate parenting board: when and where; its agenda and decisions point at it. */
@Entity
@Table(name = "board_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Meeting() {
        this.meetsOn = LocalDate.EPOCH;
        this.place = "";
        this.createdAt = Instant.EPOCH;
    }

    public Meeting(LocalDate meetsOn, String place, Instant createdAt) {
        this.meetsOn = meetsOn;
        this.place = place;
        this.createdAt = createdAt;
    }

    public void change(LocalDate newDate, String newPlace) {
        this.meetsOn = newDate;
        this.place = newPlace;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Meeting not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public String getPlace() {
        return place;
    }
}
