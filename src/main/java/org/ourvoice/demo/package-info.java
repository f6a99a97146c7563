/** Demo data for the embedded demo run and the tests: one account for every role. Never in production. */
@NullMarked
@ApplicationModule(displayName = "Demo data")
package org.ourvoice.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
