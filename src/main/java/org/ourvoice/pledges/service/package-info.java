@NullMarked
@NamedInterface("service")
package org.ourvoice.pledges.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
