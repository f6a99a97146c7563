@NullMarked
package org.ourvoice.themes.ui;

import org.jspecify.annotations.NullMarked;
