package org.ourvoice.board.service;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.domain.ActionUpdate;
import org.ourvoice.board.domain.ActionUpdateRepository;
import org.ourvoice.board.domain.BoardAction;
import org.ourvoice.board.domain.BoardActionRepository;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions under the board's decisions: each with a named owner and a due date, moved on through
 * its status with dated progress updates; and the tracker of them all with its CSV export.
 */
@Service
public class ActionService {

    /** The most rows one CSV export holds. */
    static final int MAX_EXPORT = 10_000;
    private static final Sort TRACKER_ORDER = Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id"));

    private final BoardActionRepository actions;
    private final ActionUpdateRepository updates;
    private final DecisionRepository decisions;
    private final AccountDirectory directory;
    private final BoardReads reads;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActionService(BoardActionRepository actions, ActionUpdateRepository updates, DecisionRepository decisions,
            AccountDirectory directory, BoardReads reads, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.decisions = decisions;
        this.directory = directory;
        this.reads = reads;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Board members and participation workers who may own an action, by name. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public List<OwnerChoice> owners() {
        List<OwnerChoice> owners = new ArrayList<>();
        for (Role role : List.of(Role.BOARD, Role.WORKER)) {
            directory.contactsInRole(role).forEach(c -> owners.add(new OwnerChoice(c.accountId(), c.displayName())));
        }
        owners.sort(Comparator.comparing(OwnerChoice::name, String.CASE_INSENSITIVE_ORDER));
        return owners;
    }

    /** Adds an action to a decision: an owner and a due date (today or later) are required. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public ActionItem add(long decisionId, ActionForm form) {
        if (!decisions.existsById(decisionId)) {
            throw new UserFacingException("board.decisionGone");
        }
        String title = BoardText.required(form.title(), BoardText.TITLE, "board.actionNeeded");
        OwnerChoice owner = owner(form.ownerId());
        LocalDate due = due(form.dueOn(), null);
        BoardAction action = actions.saveAndFlush(new BoardAction(decisionId, title, owner.id(), owner.name(), due,
                clock.instant()));
        return item(action);
    }

    /** Changes what, who or when, against the version last seen. A due date may stay as it was, even if past. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public ActionItem change(long actionId, long expectedVersion, ActionForm form) {
        String title = BoardText.required(form.title(), BoardText.TITLE, "board.actionNeeded");
        OwnerChoice owner = owner(form.ownerId());
        BoardAction action = current(actionId, expectedVersion);
        LocalDate due = due(form.dueOn(), action.getDueOn());
        action.change(title, owner.id(), owner.name(), due);
        return saved(action);
    }

    /** Moves the action on; "not possible" needs an explanation young people can read. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public ActionItem changeStatus(long actionId, long expectedVersion, @Nullable ActionStatus status,
            @Nullable String explanation) {
        if (status == null) {
            throw new UserFacingException("board.statusNeeded");
        }
        String words = BoardText.optional(explanation, BoardText.RESPONSE);
        if (status == ActionStatus.NOT_POSSIBLE && words.isEmpty()) {
            throw new UserFacingException("board.explanationNeeded");
        }
        BoardAction action = current(actionId, expectedVersion);
        action.changeStatus(status, words, clock.instant());
        return saved(action);
    }

    /** A dated note of progress, signed with the writer's name. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public ActionItem addUpdate(long actionId, String text) {
        String words = BoardText.required(text, BoardText.RESPONSE, "board.updateNeeded");
        BoardAction action = actions.findById(actionId).orElseThrow(() -> new UserFacingException("board.actionGone"));
        updates.save(new ActionUpdate(actionId, words, currentUser.require().displayName(), clock.instant()));
        return item(action);
    }

    /** The tracker: actions soonest due first, narrowed by the filter. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public List<ActionItem> tracker(ActionFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        List<BoardAction> page = actions.findBy(ActionFilters.of(filter, reads.today()),
                q -> q.sortBy(TRACKER_ORDER).page(PageRequest.of(offset / size, size))).getContent();
        return reads.actions(page, false);
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public long countTracker(ActionFilter filter) {
        return actions.count(ActionFilters.of(filter, reads.today()));
    }

    /** One action with its progress updates. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public ActionItem action(long actionId) {
        return item(actions.findById(actionId).orElseThrow(() -> new UserFacingException("board.actionGone")));
    }

    /**
     * The tracker's rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read it), headings and
     * statuses in the given words; cells that a spreadsheet could run as a formula are defused.
     */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public byte[] exportCsv(ActionFilter filter, BiFunction<String, Object[], String> words) {
        List<ActionItem> rows = reads.actions(actions.findBy(ActionFilters.of(filter, reads.today()),
                q -> q.sortBy(TRACKER_ORDER).page(PageRequest.of(0, MAX_EXPORT))).getContent(), true);
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(words.apply("board.csv.action", new Object[0]), words.apply("board.csv.owner", new Object[0]),
                words.apply("board.csv.due", new Object[0]), words.apply("board.csv.status", new Object[0]),
                words.apply("board.csv.overdue", new Object[0]), words.apply("board.csv.decision", new Object[0]),
                words.apply("board.csv.meeting", new Object[0]), words.apply("board.csv.explanation", new Object[0]),
                words.apply("board.csv.latestUpdate", new Object[0])));
        for (ActionItem a : rows) {
            line(csv, List.of(a.title(), a.ownerName(), a.dueOn().toString(),
                    words.apply(a.status().messageKey(), new Object[0]),
                    a.overdue() ? words.apply("board.csv.yes", new Object[0]) : "", a.decisionTitle(),
                    a.meetsOn().toString(), a.explanation() == null ? "" : a.explanation(),
                    a.updates().isEmpty() ? "" : a.updates().getFirst().text()));
        }
        audit.record(AuditAction.ACTIONS_EXPORTED, "action tracker", rows.size() + " rows");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    private OwnerChoice owner(@Nullable Long ownerId) {
        if (ownerId == null) {
            throw new UserFacingException("board.ownerNeeded");
        }
        return owners().stream().filter(o -> o.id() == ownerId).findFirst()
                .orElseThrow(() -> new UserFacingException("board.ownerGone"));
    }

    private LocalDate due(@Nullable LocalDate dueOn, @Nullable LocalDate unchanged) {
        if (dueOn == null) {
            throw new UserFacingException("board.dueNeeded");
        }
        if (dueOn.isBefore(reads.today()) && !dueOn.equals(unchanged)) {
            throw new UserFacingException("board.duePast");
        }
        return dueOn;
    }

    private BoardAction current(long actionId, long expectedVersion) {
        BoardAction action = actions.findById(actionId).orElseThrow(() -> new UserFacingException("board.actionGone"));
        if (action.getVersion() != expectedVersion) {
            throw new UserFacingException("form.conflict");
        }
        return action;
    }

    private ActionItem saved(BoardAction action) {
        try {
            return item(actions.saveAndFlush(action));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
    }

    private ActionItem item(BoardAction action) {
        return reads.actions(List.of(action), true).getFirst();
    }
}
