@NullMarked
package org.ourvoice.audit.ui;

import org.jspecify.annotations.NullMarked;
