package org.ourvoice;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourvoice.security.Roles;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Who may open every screen and call every service method, for each role and for a visitor who
 * is not signed in. A new route or service method fails this test until it is declared here, so
 * nothing becomes reachable by accident.
 */
class AccessMatrixTest {

    enum Who { ANONYMOUS, YOUNG_PERSON, CARE_LEAVER, WORKER, BOARD, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> STAFF_MANAGERS = EnumSet.of(Who.WORKER, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final Set<Who> YOUNG = EnumSet.of(Who.YOUNG_PERSON, Who.CARE_LEAVER);
    private static final Set<Who> WORKER = EnumSet.of(Who.WORKER);
    private static final Set<Who> BOARD_AND_WORKER = EnumSet.of(Who.BOARD, Who.WORKER);

    /** Every route, by its path template. */
    static final Map<String, Set<Who>> ROUTES = Map.ofEntries(
            entry("", SIGNED_IN),
            entry("login", EVERYONE),
            entry("join/:code?", EVERYONE),
            entry("invitations", STAFF_MANAGERS),
            entry("accounts", STAFF_MANAGERS),
            entry("password", SIGNED_IN),
            entry("audit", ADMIN),
            entry("inbox", SIGNED_IN),
            entry("my-data", SIGNED_IN),
            entry("deletion-requests", STAFF_MANAGERS),
            entry("retention", ADMIN),
            entry("turning-18", STAFF_MANAGERS),
            entry("have-your-say", YOUNG),
            entry("my-say", YOUNG),
            entry("moderation", WORKER),
            entry("safeguarding", WORKER),
            entry("screening-phrases", WORKER),
            entry("shared-views", BOARD_AND_WORKER),
            entry("dashboard", BOARD_AND_WORKER),
            entry("theme-list", WORKER),
            // board
            entry("board-meetings", BOARD_AND_WORKER),
            entry("board-decisions", BOARD_AND_WORKER),
            entry("action-tracker", BOARD_AND_WORKER),
            entry("you-said-we-did", YOUNG),
            entry("our-promises", YOUNG),
            entry("shape-our-promises", YOUNG),
            entry("how-we-are-doing", YOUNG),
            entry("pledge-documents", BOARD_AND_WORKER),
            entry("pledge-delivery", BOARD_AND_WORKER),
            // opportunities and reporting
            entry("things-to-join", YOUNG),
            entry("manage-opportunities", WORKER),
            entry("engagement", BOARD_AND_WORKER),
            entry("participation-report", BOARD_AND_WORKER));

    /** Every public method of every service, as Class#method. */
    static final Map<String, Set<Who>> SERVICES = Map.ofEntries(
            entry("AuditTrail#record", EVERYONE),
            entry("AuditTrail#recordFor", EVERYONE),
            entry("AuditTrail#recordAttempt", EVERYONE),
            entry("AuditTrail#find", ADMIN),
            entry("AuditTrail#count", ADMIN),
            entry("AuditTrail#exportCsv", ADMIN),
            entry("AccountService#suggestNickname", EVERYONE),
            entry("AccountService#signUp", EVERYONE),
            entry("AccountService#changePassword", SIGNED_IN),
            entry("AccountService#search", STAFF_MANAGERS),
            entry("AccountService#count", STAFF_MANAGERS),
            entry("AccountService#setEnabled", STAFF_MANAGERS),
            entry("AccountService#changeRole", STAFF_MANAGERS),
            entry("InvitationService#create", STAFF_MANAGERS),
            entry("InvitationService#list", STAFF_MANAGERS),
            entry("InvitationService#count", STAFF_MANAGERS),
            entry("InvitationService#revoke", STAFF_MANAGERS),
            entry("InvitationService#check", EVERYONE),
            entry("NotificationService#send", EVERYONE),
            entry("NotificationService#sendToRole", EVERYONE),
            entry("NotificationService#mine", SIGNED_IN),
            entry("NotificationService#countMine", SIGNED_IN),
            entry("NotificationService#unreadCount", SIGNED_IN),
            entry("NotificationService#markAllRead", SIGNED_IN),
            entry("AccountService#chooseLanguage", SIGNED_IN),
            entry("PrivacyService#myData", SIGNED_IN),
            entry("PrivacyService#myDataZip", SIGNED_IN),
            entry("PrivacyService#requestDeletion", SIGNED_IN),
            entry("PrivacyService#myDeletionRequest", SIGNED_IN),
            entry("PrivacyService#cancelMyRequest", SIGNED_IN),
            entry("PrivacyService#pending", STAFF_MANAGERS),
            entry("PrivacyService#countPending", STAFF_MANAGERS),
            entry("PrivacyService#confirm", STAFF_MANAGERS),
            entry("PrivacyService#hold", STAFF_MANAGERS),
            entry("RetentionService#settings", ADMIN),
            entry("RetentionService#change", ADMIN),
            entry("RetentionService#reports", ADMIN),
            entry("RetentionService#countReports", ADMIN),
            entry("RetentionService#runNow", ADMIN),
            entry("AccountService#mayHaveTurned18", STAFF_MANAGERS),
            entry("AccountService#countMayHaveTurned18", STAFF_MANAGERS),
            entry("AccountService#confirmStillUnder18", STAFF_MANAGERS),
            entry("ThemeService#choices", SIGNED_IN),
            entry("ThemeService#all", SIGNED_IN),
            entry("ThemeService#allActive", SIGNED_IN),
            entry("ThemeService#create", WORKER),
            entry("ThemeService#update", WORKER),
            entry("ThemeService#setActive", WORKER),
            entry("ThemeService#merge", WORKER),
            entry("SharedViewService#chooseAsQuote", WORKER),
            entry("InsightService#thisMonth", BOARD_AND_WORKER),
            entry("InsightService#dashboard", BOARD_AND_WORKER),
            entry("BoardPackService#make", BOARD_AND_WORKER),
            entry("ContributionService#draft", YOUNG),
            entry("ContributionService#saveDraft", YOUNG),
            entry("ContributionService#discardDraft", YOUNG),
            entry("ContributionService#submit", YOUNG),
            entry("ContributionService#mine", YOUNG),
            entry("ContributionService#countMine", YOUNG),
            entry("ContributionService#countMineWaiting", YOUNG),
            entry("ContributionService#submitAbout", YOUNG),
            entry("ContributionService#mineAbout", YOUNG),
            entry("SharedViewService#sharedAbout", SIGNED_IN),
            entry("SharedViewService#shared", BOARD_AND_WORKER),
            entry("SharedViewService#countShared", BOARD_AND_WORKER),
            entry("SharedViewService#sharedAt", BOARD_AND_WORKER),
            entry("ModerationService#queue", WORKER),
            entry("ModerationService#countQueue", WORKER),
            entry("ModerationService#open", WORKER),
            entry("ModerationService#approve", WORKER),
            entry("ModerationService#notShare", WORKER),
            entry("ModerationService#changeThemes", WORKER),
            entry("SafeguardingService#raise", WORKER),
            entry("SafeguardingService#list", WORKER),
            entry("SafeguardingService#count", WORKER),
            entry("SafeguardingService#read", WORKER),
            entry("SafeguardingService#update", WORKER),
            entry("SafeguardingService#close", WORKER),
            entry("ScreeningPhraseService#list", WORKER),
            entry("ScreeningPhraseService#add", WORKER),
            entry("ScreeningPhraseService#retire", WORKER),
            // board
            entry("MeetingService#meetings", BOARD_AND_WORKER),
            entry("MeetingService#meeting", BOARD_AND_WORKER),
            entry("MeetingService#create", BOARD_AND_WORKER),
            entry("MeetingService#update", BOARD_AND_WORKER),
            entry("MeetingService#addAgendaItem", BOARD_AND_WORKER),
            entry("MeetingService#removeAgendaItem", BOARD_AND_WORKER),
            entry("DecisionService#decisions", BOARD_AND_WORKER),
            entry("DecisionService#decision", BOARD_AND_WORKER),
            entry("DecisionService#record", BOARD_AND_WORKER),
            entry("DecisionService#update", BOARD_AND_WORKER),
            entry("DecisionService#respond", BOARD_AND_WORKER),
            entry("DecisionService#figures", BOARD_AND_WORKER),
            entry("ActionService#owners", BOARD_AND_WORKER),
            entry("ActionService#add", BOARD_AND_WORKER),
            entry("ActionService#change", BOARD_AND_WORKER),
            entry("ActionService#changeStatus", BOARD_AND_WORKER),
            entry("ActionService#addUpdate", BOARD_AND_WORKER),
            entry("ActionService#tracker", BOARD_AND_WORKER),
            entry("ActionService#countTracker", BOARD_AND_WORKER),
            entry("ActionService#action", BOARD_AND_WORKER),
            entry("ActionService#exportCsv", BOARD_AND_WORKER),
            entry("YouSaidWeDidService#stories", YOUNG),
            entry("YouSaidWeDidService#answer", YOUNG),
            entry("ScreeningPhraseService#test", WORKER),
            // co-produced pledges
            entry("PledgeDraftingService#documents", BOARD_AND_WORKER),
            entry("PledgeDraftingService#createDocument", WORKER),
            entry("PledgeDraftingService#version", BOARD_AND_WORKER),
            entry("PledgeDraftingService#addSection", WORKER),
            entry("PledgeDraftingService#addCommitment", WORKER),
            entry("PledgeDraftingService#editCommitment", WORKER),
            entry("PledgeDraftingService#removeCommitment", WORKER),
            entry("PledgeDraftingService#openForIdeas", WORKER),
            entry("PledgeDraftingService#prepareNextVersion", WORKER),
            entry("PledgeDraftingService#adopt", EnumSet.of(Who.BOARD)),
            entry("PledgeDraftingService#compare", BOARD_AND_WORKER),
            entry("PledgeDraftingService#history", BOARD_AND_WORKER),
            entry("PledgeSuggestionService#openForMe", YOUNG),
            entry("PledgeSuggestionService#suggestWording", YOUNG),
            entry("PledgeSuggestionService#suggestCommitment", YOUNG),
            entry("PledgeSuggestionService#comment", YOUNG),
            entry("PledgeSuggestionService#rate", YOUNG),
            entry("PledgeSuggestionService#support", YOUNG),
            entry("PledgeSuggestionService#mine", YOUNG),
            entry("PledgeSuggestionService#feedback", BOARD_AND_WORKER),
            entry("PledgeSuggestionService#accept", WORKER),
            entry("PledgeSuggestionService#decline", WORKER),
            entry("OurPromisesService#ourPromises", SIGNED_IN),
            entry("OurPromisesService#adopted", SIGNED_IN),
            entry("PledgeDeliveryService#progress", SIGNED_IN),
            entry("PledgeDeliveryService#recordUpdate", BOARD_AND_WORKER),
            entry("PledgeDeliveryService#boardActions", BOARD_AND_WORKER),
            entry("PledgeExportService#pdf", SIGNED_IN),
            entry("PledgeExportService#html", SIGNED_IN),
            // opportunities and reporting
            entry("AccountService#recordAsylumSeeking", STAFF_MANAGERS),
            entry("AccountService#asylumSeeking", STAFF_MANAGERS),
            entry("OpportunityService#publish", WORKER),
            entry("OpportunityService#details", WORKER),
            entry("OpportunityService#change", WORKER),
            entry("OpportunityService#cancelOpportunity", WORKER),
            entry("OpportunityService#upcoming", WORKER),
            entry("OpportunityService#past", WORKER),
            entry("OpportunityService#signUps", WORKER),
            entry("OpportunityService#recordAttendance", WORKER),
            entry("OpportunityService#feedback", WORKER),
            entry("OpportunityService#forMe", YOUNG),
            entry("OpportunityService#signUp", YOUNG),
            entry("OpportunityService#cancel", YOUNG),
            entry("OpportunityService#giveFeedback", YOUNG),
            entry("EngagementService#figures", BOARD_AND_WORKER),
            entry("EngagementService#cohortSizes", BOARD_AND_WORKER),
            entry("EngagementService#setCohortSize", WORKER),
            entry("ParticipationReportService#pdf", BOARD_AND_WORKER),
            entry("ParticipationReportService#csv", BOARD_AND_WORKER));

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteIsDeclaredAndAllowsExactlyTheDeclaredPeople() {
        Map<String, Set<Who>> actual = new TreeMap<>();
        for (Class<?> view : annotated(Route.class)) {
            String path = view.getAnnotation(Route.class).value();
            Set<Who> allowed = EnumSet.noneOf(Who.class);
            for (Who who : Who.values()) {
                if (checker.hasAccess(view, principal(who), role -> hasRole(who, role))) {
                    allowed.add(who);
                }
            }
            actual.put(path, allowed);
        }
        assertThat(actual).as("routes and who may open them").containsExactlyInAnyOrderEntriesOf(ROUTES);
    }

    @Test
    void everyServiceMethodIsDeclaredAndAllowsExactlyTheDeclaredPeople() {
        Map<String, Set<Who>> actual = new TreeMap<>();
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : annotated(Service.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String key = service.getSimpleName() + "#" + method.getName();
                Set<Who> allowed = allowedBy(method);
                if (allowed == null) {
                    undeclared.add(key);
                } else {
                    actual.merge(key, allowed, (a, b) -> {
                        assertThat(a).as("overloads of %s must allow the same people", key).isEqualTo(b);
                        return a;
                    });
                }
            }
        }
        assertThat(undeclared).as("service methods without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
        assertThat(actual).as("service methods and who may call them").containsExactlyInAnyOrderEntriesOf(SERVICES);
    }

    /** Spring's JSR-250 rules: the method's annotation wins over the class's; @PermitAll lets anyone in. */
    private static Set<Who> allowedBy(Method method) {
        for (var element : List.of(method, method.getDeclaringClass())) {
            if (element.isAnnotationPresent(DenyAll.class)) {
                return EnumSet.noneOf(Who.class);
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return EVERYONE;
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                Set<Who> allowed = EnumSet.noneOf(Who.class);
                for (Who who : Who.values()) {
                    if (Arrays.stream(roles.value()).anyMatch(role -> hasRole(who, role))) {
                        allowed.add(who);
                    }
                }
                return allowed;
            }
        }
        return null;
    }

    private static boolean hasRole(Who who, String role) {
        if (who == Who.ANONYMOUS) {
            return false;
        }
        return role.equals(who.name()) || role.equals(Roles.SIGNED_IN);
    }

    private static Principal principal(Who who) {
        return who == Who.ANONYMOUS ? null : who::name;
    }

    private static Set<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        Set<Class<?>> classes = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        scanner.findCandidateComponents(Application.class.getPackageName()).forEach(candidate -> classes.add(
                ClassUtils.resolveClassName(candidate.getBeanClassName(), AccessMatrixTest.class.getClassLoader())));
        assertThat(classes).isNotEmpty();
        return classes;
    }
}
