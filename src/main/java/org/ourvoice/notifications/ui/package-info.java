@NullMarked
package org.ourvoice.notifications.ui;

import org.jspecify.annotations.NullMarked;
