package org.ourvoice.themes.service;

import org.jspecify.annotations.Nullable;

/**
 * A theme as screens show it. {@code labelKey} names the young people's label in the bundles
 * (translated); {@code label} is the worker-set wording, used when the bundles have none.
 * {@code mergedInto} names the theme a retired one was merged into.
 */
public record ThemeChoice(long id, String code, String name, String label, String labelKey, String icon,
        boolean active, String description, long version, @Nullable Long mergedInto) {
}
