@NullMarked
@NamedInterface("service")
package org.ourvoice.board.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
