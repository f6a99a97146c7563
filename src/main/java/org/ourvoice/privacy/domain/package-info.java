@NullMarked
package org.ourvoice.privacy.domain;

import org.jspecify.annotations.NullMarked;
