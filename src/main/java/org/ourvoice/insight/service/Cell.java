package org.ourvoice.insight.service;

import org.jspecify.annotations.Nullable;

/** One figure in a breakdown; {@code null} when it is held back because it is small enough to point at someone. */
public record Cell(@Nullable Long views) {

    public boolean suppressed() {
        return views == null;
    }
}
