package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which addresses the page handler takes over from Vaadin: those that only begin like one of its
 * folders. What is inside a folder stays Vaadin's (the browser tests open the screens themselves).
 */
class PagesBesideStaticFoldersTest {

    @Test
    void addressesThatOnlyBeginLikeAFolderAreTakenOver() {
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/themes-dashboard")).isTrue();
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/themes")).isTrue();
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/lumosity")).isTrue();
    }

    @Test
    void addressesInsideAFolderOrElsewhereAreLeftAlone() {
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/themes/portal/styles.css")).isFalse();
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/VAADIN/build/index.js")).isFalse();
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/moderation")).isFalse();
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/shared-views")).isFalse();
        assertThat(PagesBesideStaticFolders.PageHandler.besideAFolder("/")).isFalse();
    }
}
