@NullMarked
package org.ourvoice.moderation.ui;

import org.jspecify.annotations.NullMarked;
