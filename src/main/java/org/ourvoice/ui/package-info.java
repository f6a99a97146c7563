/** The main layout, navigation, home page, shared components, error handling and message bundles. */
@NullMarked
@ApplicationModule(displayName = "User interface shell")
package org.ourvoice.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
