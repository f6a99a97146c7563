package org.ourvoice.common;

import java.util.List;
import java.util.Map;

/**
 * Implemented by every feature that keeps personal data about an account, so that "My data" can
 * show and export all of it and erasure can remove all of it without a hand-kept list of tables.
 */
public interface PersonalDataHolder {

    /** Message key of the heading this feature's data shows under, e.g. {@code privacy.section.account}. */
    String sectionKey();

    /** Everything this feature holds about the account, as rows of plain field names and values. */
    List<Map<String, String>> export(long accountId);

    /**
     * Removes the account's personal data. With {@code keepAnonymised} the things the person said
     * stay, with nothing that could identify them; without it they are deleted.
     */
    void erase(long accountId, boolean keepAnonymised);

    /** Order of erasure: holders of records that point at the account go before the account itself. */
    default int erasureOrder() {
        return 0;
    }
}
