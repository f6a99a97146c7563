package org.ourvoice.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it: an id, a display name and one role. */
public final class AccountPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;
    private final Role role;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final String languageTag;

    public AccountPrincipal(long accountId, String displayName, Role role, String passwordHash, boolean enabled,
            boolean locked, String languageTag) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.languageTag = languageTag;
    }

    /** The language the person chose, as it was when they signed in. */
    public String languageTag() {
        return languageTag;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()),
                new SimpleGrantedAuthority("ROLE_" + Roles.SIGNED_IN));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return displayName;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
