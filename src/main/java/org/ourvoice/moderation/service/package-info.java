@NullMarked
@NamedInterface("service")
package org.ourvoice.moderation.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
