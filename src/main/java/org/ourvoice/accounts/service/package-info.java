@NullMarked
@NamedInterface("service")
package org.ourvoice.accounts.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
