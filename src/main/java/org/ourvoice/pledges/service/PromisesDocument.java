package org.ourvoice.pledges.service;

import java.util.List;

/**
 * An adopted version ready to print, already in words in one language: title, when it was agreed,
 * its sections and numbered commitments, who shaped it and what their ideas changed.
 */
record PromisesDocument(String languageTag, boolean rightToLeft, String title, String subtitle, String madeOn,
        List<SectionItem> sections, String creditsHeading, String credits, String changesHeading,
        List<String> changes, String pageLabel) {

    PromisesDocument {
        sections = List.copyOf(sections);
        changes = List.copyOf(changes);
    }
}
