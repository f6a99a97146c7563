@NullMarked
package org.ourvoice.opportunities.ui;

import org.jspecify.annotations.NullMarked;
