@NullMarked
package org.ourvoice.opportunities.domain;

import org.jspecify.annotations.NullMarked;
