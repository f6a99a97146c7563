/** Who may do what: roles, the signed-in user, the password policy and the web security set-up. */
@NullMarked
package org.ourvoice.security;

import org.jspecify.annotations.NullMarked;
