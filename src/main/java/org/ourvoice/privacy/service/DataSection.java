package org.ourvoice.privacy.service;

import java.util.List;
import java.util.Map;

/** One feature's part of "My data": a heading (message key) and the rows it holds. */
public record DataSection(String titleKey, List<Map<String, String>> rows) {
}
