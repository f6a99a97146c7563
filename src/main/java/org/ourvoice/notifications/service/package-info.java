@NullMarked
@NamedInterface("service")
package org.ourvoice.notifications.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
