package org.ourvoice.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Something young people's views are about ("Where I live", "Money"). The board reads the name
 * and description; young people read the plain-words label and icon.
 */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "label", nullable = false, length = 80)
    private String label;

    @Column(name = "icon", nullable = false, length = 40)
    private String icon;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "merged_into")
    private @Nullable Long mergedInto;

    protected Theme() {
        this.code = "";
        this.name = "";
        this.label = "";
        this.icon = "";
        this.description = "";
    }

    public Theme(String code, String name, String label, String icon, String description, int sortOrder) {
        this.code = code;
        this.name = name;
        this.label = label;
        this.icon = icon;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    public void describe(String newName, String newLabel, String newIcon, String newDescription) {
        this.name = newName;
        this.label = newLabel;
        this.icon = newIcon;
        this.description = newDescription;
    }

    public void setActive(boolean active) {
        if (active && mergedInto != null) {
            throw new IllegalStateException("A merged theme stays retired");
        }
        this.active = active;
    }

    /** Retires this theme for good: its views now belong to the other one. */
    public void mergeInto(Theme other) {
        if (other.requireId() == requireId()) {
            throw new IllegalArgumentException("A theme cannot merge into itself");
        }
        this.active = false;
        this.mergedInto = other.requireId();
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Long getMergedInto() {
        return mergedInto;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Theme not saved yet");
        }
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getIcon() {
        return icon;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
