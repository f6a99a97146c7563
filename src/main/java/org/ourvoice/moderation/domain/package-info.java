@NullMarked
package org.ourvoice.moderation.domain;

import org.jspecify.annotations.NullMarked;
