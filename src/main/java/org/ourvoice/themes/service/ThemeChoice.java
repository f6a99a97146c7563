package org.ourvoice.themes.service;

/**
 * A theme as screens show it. {@code labelKey} names the young people's label in the bundles
 * (translated); {@code label} is the worker-set wording, used when the bundles have none.
 */
public record ThemeChoice(long id, String code, String name, String label, String labelKey, String icon,
        boolean active) {
}
