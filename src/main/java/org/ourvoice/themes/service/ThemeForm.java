package org.ourvoice.themes.service;

/**
 * A theme as a worker describes it: the board's name, the young people's plain-words label, an
 * icon from {@link ThemeService#ICONS}, and a description for the board.
 */
public record ThemeForm(String name, String label, String icon, String description) {
}
