package org.ourvoice.accounts.service;

import java.time.Instant;
import org.ourvoice.security.Role;

/** A freshly made invitation: the code to hand over (shown once) and the path of its sign-up link. */
public record NewInvitation(String code, String joinPath, Role role, Instant expiresAt) {
}
