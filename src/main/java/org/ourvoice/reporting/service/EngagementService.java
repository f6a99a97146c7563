package org.ourvoice.reporting.service;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TookPart;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.service.Period;
import org.ourvoice.reporting.domain.CohortSize;
import org.ourvoice.reporting.domain.CohortSizeRepository;
import org.ourvoice.reporting.domain.ParticipationLedger;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagement figures for a period, counted by the database from the participation ledger, with
 * small numbers held back; and the cohort sizes the council sets, which shares are taken of.
 */
@Service
public class EngagementService {

    /** The two cohorts, in the order figures show them. */
    public static final List<Role> COHORTS = List.of(Role.YOUNG_PERSON, Role.CARE_LEAVER);
    public static final String UNKNOWN = "UNKNOWN";
    public static final List<String> COUNTY_VALUES = List.of("IN", "OUT", UNKNOWN);
    public static final List<String> ASYLUM_VALUES = List.of("YES", "NO", UNKNOWN);
    public static final int MAX_COHORT = 100_000;

    private final ParticipationLedger ledger;
    private final CohortSizeRepository sizes;
    private final AuditTrail audit;
    private final Clock clock;

    EngagementService(ParticipationLedger ledger, CohortSizeRepository sizes, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.sizes = sizes;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public EngagementFigures figures(Period period) {
        if (period.months() > Period.MAX_MONTHS) {
            throw new UserFacingException("engagement.periodTooLong", Period.MAX_MONTHS);
        }
        LocalDate first = period.from().atDay(1);
        LocalDate last = period.to().atDay(1);
        List<ParticipationLedger.Group> groups = ledger.latestFacts(first, last);
        long total = groups.stream().mapToLong(ParticipationLedger.Group::people).sum();

        List<Long> cohortCounts = COHORTS.stream().map(c -> sum(groups, g -> g.cohort().equals(c.name()))).toList();
        List<@Nullable Long> cohortShown = SmallNumbers.partition(cohortCounts);
        Map<String, Integer> sizeOf = new HashMap<>();
        sizes.findAll().forEach(s -> sizeOf.put(s.getCohort(), s.getSize()));
        List<EngagementFigures.CohortFigure> cohorts = new ArrayList<>();
        for (int i = 0; i < COHORTS.size(); i++) {
            Role cohort = COHORTS.get(i);
            int size = sizeOf.getOrDefault(cohort.name(), 0);
            Long people = cohortShown.get(i);
            cohorts.add(new EngagementFigures.CohortFigure(cohort, people, size, share(people, size)));
        }

        Map<String, Long> kindCounts = new HashMap<>();
        ledger.byKind(first, last).forEach(c -> kindCounts.put(c.key(), c.people()));
        List<EngagementFigures.KindFigure> kinds = Arrays.stream(TookPart.Kind.values())
                .map(k -> new EngagementFigures.KindFigure(k, SmallNumbers.one(kindCounts.getOrDefault(k.name(), 0L))))
                .toList();

        List<String> bands = new ArrayList<>(Arrays.stream(AgeBand.values()).map(Enum::name).toList());
        bands.add(UNKNOWN);
        EngagementFigures.Partition ageBands = partition(groups, bands,
                f -> f.ageBand() == null ? UNKNOWN : f.ageBand());
        EngagementFigures.Partition county = partition(groups, COUNTY_VALUES, f -> yesNo(f.livesInCounty(), "IN", "OUT"));
        EngagementFigures.Partition asylum = partition(groups, ASYLUM_VALUES, f -> yesNo(f.asylumSeeking(), "YES", "NO"));

        Map<String, Long> monthCounts = new HashMap<>();
        ledger.byMonth(first, last).forEach(c -> monthCounts.put(c.key() + "/" + c.cohort(), c.people()));
        List<EngagementFigures.MonthFigure> months = new ArrayList<>();
        for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            String key = m.atDay(1).toString();
            months.add(new EngagementFigures.MonthFigure(m,
                    SmallNumbers.one(monthCounts.getOrDefault(key + "/" + Role.YOUNG_PERSON.name(), 0L)),
                    SmallNumbers.one(monthCounts.getOrDefault(key + "/" + Role.CARE_LEAVER.name(), 0L))));
        }

        LocalDate to = period.to().atEndOfMonth();
        Map<YearMonth, ParticipationLedger.BoardMonth> boardMonths = new HashMap<>();
        ledger.boardByMonth(first, to).forEach(b -> boardMonths.put(YearMonth.from(b.month()), b));
        List<EngagementFigures.BoardMonth> board = new ArrayList<>();
        long attendances = 0;
        long meetings = 0;
        for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            ParticipationLedger.BoardMonth b = boardMonths.get(m);
            long a = b == null ? 0 : b.attendances();
            long n = b == null ? 0 : b.meetings();
            board.add(new EngagementFigures.BoardMonth(m, a, n));
            attendances += a;
            meetings += n;
        }
        return new EngagementFigures(period, total, cohorts, kinds, ageBands, county, asylum, months,
                new EngagementFigures.BoardFigures(ledger.boardPeople(first, to), attendances, meetings, board));
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public List<CohortSizeItem> cohortSizes() {
        Map<String, CohortSize> all = new HashMap<>();
        sizes.findAll().forEach(s -> all.put(s.getCohort(), s));
        return COHORTS.stream().map(c -> {
            CohortSize s = all.get(c.name());
            return new CohortSizeItem(c, s == null ? 0 : s.getSize(), s == null ? -1 : s.getVersion());
        }).toList();
    }

    /** Sets how many young people the council looks after in a cohort; shares are taken of it. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void setCohortSize(Role cohort, int size, long expectedVersion) {
        if (!COHORTS.contains(cohort)) {
            throw new UserFacingException("engagement.notACohort");
        }
        if (size < 1 || size > MAX_COHORT) {
            throw new UserFacingException("engagement.sizeNotValid", MAX_COHORT);
        }
        CohortSize row = sizes.findById(cohort.name()).orElse(null);
        if (row == null) {
            sizes.saveAndFlush(new CohortSize(cohort.name(), size, clock.instant()));
        } else {
            if (row.getVersion() != expectedVersion) {
                throw new UserFacingException("engagement.changedMeanwhile");
            }
            int before = row.getSize();
            row.change(size, clock.instant());
            try {
                sizes.saveAndFlush(row);
            } catch (ObjectOptimisticLockingFailureException e) {
                throw new UserFacingException("engagement.changedMeanwhile");
            }
            audit.record(AuditAction.COHORT_SIZE_CHANGED, cohort.name(), before + " -> " + size);
            return;
        }
        audit.record(AuditAction.COHORT_SIZE_CHANGED, cohort.name(), "-> " + size);
    }

    static @Nullable Double share(@Nullable Long people, int size) {
        if (people == null || size <= 0) {
            return null;
        }
        return BigDecimal.valueOf(people * 100).divide(BigDecimal.valueOf(size), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static String yesNo(@Nullable Boolean value, String yes, String no) {
        return value == null ? UNKNOWN : value ? yes : no;
    }

    private static long sum(List<ParticipationLedger.Group> groups,
            java.util.function.Predicate<ParticipationLedger.Facts> which) {
        return groups.stream().filter(g -> which.test(g.facts())).mapToLong(ParticipationLedger.Group::people).sum();
    }

    private static EngagementFigures.Partition partition(List<ParticipationLedger.Group> groups, List<String> values,
            Function<ParticipationLedger.Facts, String> valueOf) {
        List<Long> counts = values.stream().map(v -> sum(groups, f -> valueOf.apply(f).equals(v))).toList();
        return new EngagementFigures.Partition(values, SmallNumbers.partition(counts));
    }
}
