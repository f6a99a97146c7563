package org.ourvoice.pledges.service;

import org.ourvoice.common.UserFacingException;

/** Someone else changed the same thing first; the screen keeps what this person typed. */
public final class PledgeConflict extends UserFacingException {

    public PledgeConflict() {
        super("pledges.changedMeanwhile");
    }
}
