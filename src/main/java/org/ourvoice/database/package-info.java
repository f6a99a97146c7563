/** The embedded MariaDB used by the demo run and the tests; production points at its own server. */
@NullMarked
package org.ourvoice.database;

import org.jspecify.annotations.NullMarked;
