package org.ourvoice.board.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** One item on a meeting's agenda, with the themes and shared views it considers. */
@Entity
@Table(name = "board_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "board_agenda_theme", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "board_agenda_view", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "contribution_id")
    private Set<Long> viewIds = new LinkedHashSet<>();

    protected AgendaItem() {
        this.title = "";
    }

    public AgendaItem(long meetingId, int position, String title, Collection<Long> themeIds, Collection<Long> viewIds) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
        this.themeIds = new LinkedHashSet<>(themeIds);
        this.viewIds = new LinkedHashSet<>(viewIds);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Agenda item not saved yet");
        }
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Set<Long> getViewIds() {
        return Set.copyOf(viewIds);
    }
}
