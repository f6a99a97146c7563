package org.ourvoice.pledges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One numbered promise in one version, in plain words with an optional longer explanation. The
 * thread key is shared by the same promise in every version, so versions compare promise by promise.
 */
@Entity
@Table(name = "pledge_commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(name = "thread_key", nullable = false, length = 36)
    private String threadKey;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "explanation", columnDefinition = "TEXT")
    private @Nullable String explanation;

    protected Commitment() {
        this.threadKey = "";
        this.text = "";
    }

    public Commitment(long versionId, long sectionId, String threadKey, int position, String text,
            @Nullable String explanation) {
        this.versionId = versionId;
        this.sectionId = sectionId;
        this.threadKey = threadKey;
        this.position = position;
        this.text = text;
        this.explanation = explanation;
    }

    public void reword(String newText, @Nullable String newExplanation) {
        this.text = newText;
        this.explanation = newExplanation;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Commitment not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getVersionId() {
        return versionId;
    }

    public long getSectionId() {
        return sectionId;
    }

    public String getThreadKey() {
        return threadKey;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public @Nullable String getExplanation() {
        return explanation;
    }
}
