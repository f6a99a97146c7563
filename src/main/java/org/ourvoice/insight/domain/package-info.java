@NullMarked
package org.ourvoice.insight.domain;

import org.jspecify.annotations.NullMarked;
