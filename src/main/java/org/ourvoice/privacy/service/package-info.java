@NullMarked
@NamedInterface("service")
package org.ourvoice.privacy.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
