package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.service.InvitationService;
import org.ourvoice.security.Throttles;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditFilter;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Wrong invitation codes from one network address are throttled; other addresses are not affected. */
@PortalTest
class ThrottlingTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    Throttles throttles;
    @Autowired
    RunAs runAs;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditTrail audit;

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void tenWrongCodesFromOneAddressStopEvenARightCodeForAWhile() {
        String good = testAccounts.inviteCode(Role.YOUNG_PERSON);
        from("203.0.113.7");
        for (int i = 0; i < Throttles.CODE_FAILURES_PER_ADDRESS; i++) {
            String wrong = "WRNG-CODE-" + i;
            assertRefused(() -> runAs.anonymous(() -> invitations.check(wrong)), "invitation.unknown");
        }
        assertRefused(() -> runAs.anonymous(() -> invitations.check(good)), "invitation.throttled");

        from("203.0.113.8");
        assertThat(runAs.anonymous(() -> invitations.check(good)))
                .isEqualTo(Role.YOUNG_PERSON);
        throttles.invitationCodes().clear("203.0.113.7");
        assertThat(runAs.user(DemoUsers.ADMIN, () -> audit.find(
                new AuditFilter(AuditAction.ADDRESS_THROTTLED, null, null), 0, 1)).getFirst().subject())
                .isEqualTo("invitation codes");
    }
}
