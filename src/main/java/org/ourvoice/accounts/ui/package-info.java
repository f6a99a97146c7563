@NullMarked
package org.ourvoice.accounts.ui;

import org.jspecify.annotations.NullMarked;
