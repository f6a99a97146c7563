package org.ourvoice.privacy.service;

import org.ourvoice.common.RetentionHold;
import org.ourvoice.privacy.domain.DeletionRequest;
import org.ourvoice.privacy.domain.DeletionRequestRepository;
import org.springframework.stereotype.Component;

/** A deletion request a worker held (records must be kept) holds back retention too. */
@Component
class HeldDeletionKeepsRecords implements RetentionHold {

    private final DeletionRequestRepository requests;

    HeldDeletionKeepsRecords(DeletionRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public boolean mustKeep(long accountId) {
        return requests.existsByAccountIdAndStatus(accountId, DeletionRequest.Status.HELD);
    }
}
