package org.ourvoice.pledges.domain;

/** Where a version is in its life: a draft, open for ideas until its closing date, adopted by the board, or replaced by a later adopted version. */
public enum VersionStatus {
    DRAFT,
    OPEN,
    ADOPTED,
    REPLACED;

    public String messageKey() {
        return "pledges.status." + name();
    }
}
