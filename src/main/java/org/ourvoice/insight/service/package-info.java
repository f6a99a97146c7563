@NullMarked
@NamedInterface("service")
package org.ourvoice.insight.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
