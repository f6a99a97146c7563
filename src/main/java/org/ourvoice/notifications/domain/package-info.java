@NullMarked
package org.ourvoice.notifications.domain;

import org.jspecify.annotations.NullMarked;
