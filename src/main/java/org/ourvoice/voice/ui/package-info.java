@NullMarked
package org.ourvoice.voice.ui;

import org.jspecify.annotations.NullMarked;
