@NullMarked
package org.ourvoice.pledges.ui;

import org.jspecify.annotations.NullMarked;
