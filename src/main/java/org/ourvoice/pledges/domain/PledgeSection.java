package org.ourvoice.pledges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A heading in one version ("Your home", "Money"); the thread key follows it from version to version. */
@Entity
@Table(name = "pledge_section")
public class PledgeSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "thread_key", nullable = false, length = 36)
    private String threadKey;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    protected PledgeSection() {
        this.threadKey = "";
        this.title = "";
    }

    public PledgeSection(long versionId, String threadKey, int position, String title) {
        this.versionId = versionId;
        this.threadKey = threadKey;
        this.position = position;
        this.title = title;
    }

    public void rename(String newTitle) {
        this.title = newTitle;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Section not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getThreadKey() {
        return threadKey;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }
}
