package org.ourvoice.pledges.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.BoardActionDirectory;
import org.ourvoice.common.BoardActionDirectory.ActionSummary;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.pledges.domain.Commitment;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.domain.DeliveryUpdate;
import org.ourvoice.pledges.domain.DeliveryUpdateRepository;
import org.ourvoice.pledges.domain.PledgeVersion;
import org.ourvoice.pledges.domain.PledgeVersionRepository;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the adopted promises are being kept: workers and board members record a status with dated
 * evidence, linked where they like to a board action; everyone signed in reads it ("How are we
 * doing on our promises?"). Works whether or not the board's action tracker is there.
 */
@Service
public class PledgeDeliveryService {

    private final PledgeRecords records;
    private final PledgeVersionRepository versions;
    private final DeliveryUpdateRepository updates;
    private final ObjectProvider<BoardActionDirectory> actions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PledgeDeliveryService(PledgeRecords records, PledgeVersionRepository versions, DeliveryUpdateRepository updates,
            ObjectProvider<BoardActionDirectory> actions, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.versions = versions;
        this.updates = updates;
        this.actions = actions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every adopted version's promises with how each is going. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PromiseProgress> progress() {
        return versions.findByStatusIn(List.of(VersionStatus.ADOPTED)).stream()
                .sorted(Comparator.comparing(PledgeVersion::getDocumentId)).map(this::progressOf).toList();
    }

    PromiseProgress progressOf(PledgeVersion version) {
        VersionDetail detail = records.detail(version);
        Map<String, List<DeliveryUpdate>> byThread = updates.findByDocumentIdOrderByOnDateDescIdDesc(
                version.getDocumentId()).stream().collect(Collectors.groupingBy(DeliveryUpdate::getThreadKey));
        BoardActionDirectory directory = actions.getIfAvailable();
        return new PromiseProgress(detail, detail.commitments().stream().map(c -> {
            List<UpdateLine> lines = byThread.getOrDefault(c.threadKey(), List.of()).stream()
                    .map(u -> new UpdateLine(u.requireId(), u.getOnDate(), u.getStatus(), u.getEvidence(),
                            u.getBoardActionId(), action(directory, u.getBoardActionId()))).toList();
            return new ProgressLine(c, lines.isEmpty() ? null : lines.getFirst().status(), lines);
        }).toList());
    }

    private static @Nullable ActionSummary action(@Nullable BoardActionDirectory directory, @Nullable Long id) {
        return directory == null || id == null ? null : directory.find(id).orElse(null);
    }

    /**
     * Records how an adopted promise is going on a date (not in the future), with the evidence and
     * optionally the board action that delivers it.
     */
    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    @Transactional
    public long recordUpdate(long commitmentId, DeliveryStatus status, LocalDate on, String evidence,
            @Nullable Long boardActionId) {
        Commitment commitment = records.commitment(commitmentId);
        PledgeVersion version = records.version(commitment.getVersionId());
        if (version.getStatus() != VersionStatus.ADOPTED) {
            throw new UserFacingException("pledges.notAdopted");
        }
        if (on.isAfter(records.today()) || on.isBefore(records.today().minusYears(5))) {
            throw new UserFacingException("pledges.updateDate");
        }
        String words = PledgeRecords.required(evidence, PledgeRecords.MAX_EVIDENCE, "pledges.evidenceNeeded");
        if (boardActionId != null) {
            BoardActionDirectory directory = actions.getIfAvailable();
            if (directory == null || directory.find(boardActionId).isEmpty()) {
                throw new UserFacingException("pledges.actionUnknown");
            }
        }
        DeliveryUpdate update = updates.save(new DeliveryUpdate(version.getDocumentId(), commitment.getThreadKey(),
                status, on, words, boardActionId, currentUser.require().accountId(), clock.instant()));
        records.note(version.getDocumentId(), version.getNumber(), "DELIVERY_" + status.name(),
                on + ": " + commitment.getText() + " — " + words);
        return update.requireId();
    }

    /** The board's open actions to link evidence to; none when the action tracker is not there. */
    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    public List<ActionSummary> boardActions() {
        BoardActionDirectory directory = actions.getIfAvailable();
        return directory == null ? List.of() : directory.openActions();
    }
}
