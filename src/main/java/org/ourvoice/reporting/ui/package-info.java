@NullMarked
package org.ourvoice.reporting.ui;

import org.jspecify.annotations.NullMarked;
