@NullMarked
@NamedInterface("service")
package org.ourvoice.themes.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
