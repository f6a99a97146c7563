@NullMarked
package org.ourvoice.pledges.domain;

import org.jspecify.annotations.NullMarked;
