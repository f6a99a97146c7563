@NullMarked
package org.ourvoice.reporting.domain;

import org.jspecify.annotations.NullMarked;
