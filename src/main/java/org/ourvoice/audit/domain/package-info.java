@NullMarked
package org.ourvoice.audit.domain;

import org.jspecify.annotations.NullMarked;
