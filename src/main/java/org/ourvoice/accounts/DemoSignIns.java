package org.ourvoice.accounts;

import java.util.List;
import org.ourvoice.security.Role;

/** Sign-in details of the demo accounts, shown on the login page only when demo data is loaded. */
public interface DemoSignIns {

    List<DemoSignIn> demoSignIns();

    /** One demo account: its role, the name to sign in with and its password. */
    record DemoSignIn(Role role, String displayName, String password) {
    }
}
