/** Small building blocks every feature may use: user-facing errors, personal-data markers, text checks. */
@NullMarked
package org.ourvoice.common;

import org.jspecify.annotations.NullMarked;
