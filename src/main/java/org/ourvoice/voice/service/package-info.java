@NullMarked
@NamedInterface("service")
package org.ourvoice.voice.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
