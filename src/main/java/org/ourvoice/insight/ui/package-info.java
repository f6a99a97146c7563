@NullMarked
package org.ourvoice.insight.ui;

import org.jspecify.annotations.NullMarked;
