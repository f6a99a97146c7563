package org.ourvoice.themes.service;

/** Published in the transaction that merges two themes, so that every feature moves its records over. */
public record ThemesMerged(long fromThemeId, long intoThemeId) {
}
