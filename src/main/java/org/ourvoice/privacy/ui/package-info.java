@NullMarked
package org.ourvoice.privacy.ui;

import org.jspecify.annotations.NullMarked;
