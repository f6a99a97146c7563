package org.ourvoice.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.Language;
import org.ourvoice.common.PersonalData;
import org.ourvoice.security.Role;

/**
 * A person's account. Young people are known by a display name of their choosing (a nickname by
 * default), an age band and whether they live in the county: no real name, no date of birth.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @PersonalData("the name the person signs in with and is shown by")
    @Column(name = "display_name", nullable = false, length = 40)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @PersonalData("age band, for breakdowns that identify nobody")
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private @Nullable AgeBand ageBand;

    @PersonalData("whether the young person lives in or out of the county")
    @Column(name = "lives_in_county")
    private @Nullable Boolean livesInCounty;

    @PersonalData("where staff are sent urgent notices")
    @Column(name = "email", length = 254)
    private @Nullable String email;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "age_band_confirmed_at")
    private @Nullable Instant ageBandConfirmedAt;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    @Column(name = "language", nullable = false, length = 10)
    private String language = Language.ENGLISH.tag();

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @PersonalData("whether a worker recorded the young person as an unaccompanied asylum-seeking child")
    @Column(name = "unaccompanied_asylum_seeking")
    private @Nullable Boolean unaccompaniedAsylumSeeking;

    protected Account() {
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.YOUNG_PERSON;
        this.createdAt = Instant.EPOCH;
    }

    public Account(String displayName, String passwordHash, Role role, @Nullable AgeBand ageBand,
            @Nullable Boolean livesInCounty, @Nullable String email, Instant createdAt) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.ageBand = ageBand;
        this.livesInCounty = livesInCounty;
        this.email = email;
        this.createdAt = createdAt;
        this.ageBandConfirmedAt = ageBand == null ? null : createdAt;
    }

    /** A worker checked that the young person is still in their age band. */
    public void confirmAgeBand(Instant now) {
        ageBandConfirmedAt = now;
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. Returns true when it locked. */
    public boolean recordFailedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCK_TIME);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    public void recordSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedSignIns = 0;
        lockedUntil = null;
    }

    /**
     * Erasure: the row stays (other records point at it) but nothing in it identifies the person any
     * more, and it can never be signed into again.
     */
    public void anonymise(String placeholderName, String unusableHash, Instant now) {
        erasedAt = now;
        displayName = placeholderName;
        passwordHash = unusableHash;
        email = null;
        ageBand = null;
        ageBandConfirmedAt = null;
        livesInCounty = null;
        enabled = false;
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = null;
        language = Language.ENGLISH.tag();
        unaccompaniedAsylumSeeking = null;
    }

    /** A worker records whether the young person is an unaccompanied asylum-seeking child; null clears it. */
    public void recordAsylumSeeking(@Nullable Boolean status) {
        if (!role.isYoung()) {
            throw new IllegalStateException("Only young people's accounts have an asylum-seeking status");
        }
        this.unaccompaniedAsylumSeeking = status;
    }

    public @Nullable Boolean getUnaccompaniedAsylumSeeking() {
        return unaccompaniedAsylumSeeking;
    }

    public void chooseLanguage(Language chosen) {
        this.language = chosen.tag();
    }

    public Language getLanguage() {
        return Language.ofTag(language).orElse(Language.ENGLISH);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Moves the account to another role; an age band that no longer fits is cleared for the worker to set. */
    public void changeRole(Role newRole) {
        if (ageBand != null && !AgeBand.forRole(newRole).contains(ageBand)) {
            ageBand = newRole == Role.CARE_LEAVER && ageBand == AgeBand.AGE_16_17 ? AgeBand.AGE_18_20 : null;
            ageBandConfirmedAt = null;
        }
        if (!newRole.isYoung()) {
            livesInCounty = null;
        }
        this.role = newRole;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable AgeBand getAgeBand() {
        return ageBand;
    }

    public @Nullable Instant getAgeBandConfirmedAt() {
        return ageBandConfirmedAt;
    }

    public @Nullable Boolean getLivesInCounty() {
        return livesInCounty;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
