package org.ourvoice.audit.service;

/** The kinds of sensitive action the audit trail records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGNED_UP,
    INVITATION_CREATED,
    INVITATION_USED,
    INVITATION_REVOKED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ROLE_CHANGED,
    PASSWORD_CHANGED,
    ADDRESS_THROTTLED,
    DATA_EXPORTED,
    DELETION_REQUESTED,
    DELETION_CANCELLED,
    DELETION_HELD,
    ACCOUNT_ERASED,
    RETENTION_CHANGED
}
