@NullMarked
@NamedInterface("service")
package org.ourvoice.audit.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
