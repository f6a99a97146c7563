@NullMarked
package org.ourvoice.voice.domain;

import org.jspecify.annotations.NullMarked;
