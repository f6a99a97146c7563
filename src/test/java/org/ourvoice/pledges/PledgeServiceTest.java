package org.ourvoice.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.pledges.TestPledges.today;
import static org.ourvoice.support.Refusals.assertRefused;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.TookPart;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.domain.SuggestionKind;
import org.ourvoice.pledges.domain.SuggestionOutcome;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.pledges.service.AdoptedPromises;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.Credits;
import org.ourvoice.pledges.service.Difference;
import org.ourvoice.pledges.service.MySuggestion;
import org.ourvoice.pledges.service.OurPromisesService;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.ProgressLine;
import org.ourvoice.pledges.service.SuggestionItem;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.pledges.service.VersionFeedback;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.service.WrittenAbout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The rules of co-produced documents on a real MariaDB: how versions move, suggestions checked like
 * views, backing once per person, crediting the young people who shaped a version, edits made at
 * the same time, the history, and how promises are being kept.
 */
@PortalTest
@RecordApplicationEvents
class PledgeServiceTest {

    @Autowired
    PledgeDraftingService drafting;
    @Autowired
    PledgeSuggestionService suggestions;
    @Autowired
    OurPromisesService promises;
    @Autowired
    PledgeDeliveryService delivery;
    @Autowired
    TestPledges pledges;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private VersionFeedback feedback(long versionId) {
        return runAs.user(DemoUsers.WORKER, () -> suggestions.feedback(versionId));
    }

    private List<MySuggestion> mine(String young) {
        return runAs.user(young, suggestions::mine);
    }

    // --- versions ---------------------------------------------------------------------------------

    @Test
    void aDraftChangesUntilItOpensAndTheBoardAdoptsTheNextDraft() {
        long v1 = pledges.draft(DocumentKind.PLEDGE);
        VersionDetail draft = pledges.detail(v1);
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.audience()).isEqualTo(Audience.YOUNG_PEOPLE);
        assertThat(draft.commitments()).extracting(CommitmentItem::number).containsExactly(1, 2);

        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.openForIdeas(v1, draft.lock(), today(),
                Audience.YOUNG_PEOPLE)), "pledges.closingDate");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.openForIdeas(v1, draft.lock(),
                today().plusYears(2), Audience.YOUNG_PEOPLE)), "pledges.closingDate");
        runAs.user(DemoUsers.WORKER, () -> drafting.openForIdeas(v1, draft.lock(), today().plusDays(7),
                Audience.YOUNG_PEOPLE));

        VersionDetail open = pledges.detail(v1);
        assertThat(open.status()).isEqualTo(VersionStatus.OPEN);
        assertThat(open.closesOn()).isEqualTo(today().plusDays(7));
        CommitmentItem first = open.commitments().getFirst();
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.editCommitment(first.id(), first.lock(),
                "New words", null)), "pledges.notDraft");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.addSection(v1, "More")), "pledges.notDraft");
        assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> drafting.adopt(v1, open.lock(), today())),
                "pledges.stillOpen");

        long v2 = runAs.user(DemoUsers.WORKER, () -> drafting.prepareNextVersion(open.documentId()));
        assertThat(runAs.user(DemoUsers.WORKER, () -> drafting.prepareNextVersion(open.documentId())))
                .as("one draft at a time").isEqualTo(v2);
        VersionDetail next = pledges.detail(v2);
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.commitments()).extracting(CommitmentItem::text)
                .containsExactlyElementsOf(open.commitments().stream().map(CommitmentItem::text).toList());

        assertThatThrownBy(() -> runAs.user(DemoUsers.WORKER, () -> drafting.adopt(v2, next.lock(), today())))
                .as("only the board adopts").isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> drafting.adopt(v2, next.lock(), today().plusDays(1))),
                "pledges.adoptedOn");
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(v2, next.lock(), today()));

        assertThat(pledges.detail(v2).status()).isEqualTo(VersionStatus.ADOPTED);
        assertThat(pledges.detail(v2).adoptedOn()).isEqualTo(today());
        assertThat(pledges.detail(v1).status()).as("the older open version is replaced").isEqualTo(VersionStatus.REPLACED);
        assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> drafting.adopt(v2, pledges.detail(v2).lock(), today())),
                "pledges.alreadyAdopted");
        assertThat(views.audited("PLEDGE_ADOPTED", "pledge version " + v2)).isEqualTo(1);

        long v3 = runAs.user(DemoUsers.WORKER, () -> drafting.prepareNextVersion(open.documentId()));
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(v3, pledges.detail(v3).lock(), today()));
        assertThat(pledges.detail(v2).status()).as("the adopted one before is replaced").isEqualTo(VersionStatus.REPLACED);
        assertThat(runAs.user(DemoUsers.YOUNG_PERSON, promises::ourPromises)).extracting(p -> p.version().id())
                .contains(v3).doesNotContain(v1, v2);
    }

    @Test
    void anEmptyDraftCannotOpenAndOnlyOneVersionTakesIdeasAtATime() {
        long empty = runAs.user(DemoUsers.WORKER, () -> drafting.createDocument(DocumentKind.OTHER, "Empty one"));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.openForIdeas(empty,
                pledges.detail(empty).lock(), today().plusDays(3), Audience.BOTH)), "pledges.empty");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.createDocument(DocumentKind.OTHER, "  ")),
                "pledges.titleNeeded");

        long open = pledges.open(DocumentKind.LOCAL_OFFER, Audience.CARE_LEAVERS);
        long next = runAs.user(DemoUsers.WORKER, () -> drafting.prepareNextVersion(pledges.detail(open).documentId()));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> drafting.openForIdeas(next, pledges.detail(next).lock(),
                today().plusDays(3), Audience.BOTH)), "pledges.alreadyOpen");
    }

    @Test
    void versionsCompareCommitmentByCommitment() {
        long v1 = pledges.draft(DocumentKind.PLEDGE);
        long documentId = pledges.detail(v1).documentId();
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(v1, pledges.detail(v1).lock(), today()));
        long v2 = runAs.user(DemoUsers.WORKER, () -> drafting.prepareNextVersion(documentId));
        VersionDetail draft = pledges.detail(v2);
        CommitmentItem first = draft.commitments().get(0);
        CommitmentItem second = draft.commitments().get(1);
        runAs.user(DemoUsers.WORKER, () -> {
            drafting.editCommitment(first.id(), first.lock(), "We will visit you at home every month", null);
            drafting.removeCommitment(second.id(), second.lock());
            drafting.addCommitment(draft.sections().getFirst().id(), "You can have a key to your room", null);
        });

        List<Difference> differences = runAs.user(DemoUsers.BOARD, () -> drafting.compare(v1, v2));
        assertThat(differences).extracting(Difference::kind).containsExactly(Difference.Kind.CHANGED,
                Difference.Kind.ADDED, Difference.Kind.REMOVED);
        assertThat(differences.getFirst().textBefore()).isEqualTo("We will visit you at home every six weeks");
        assertThat(differences.getFirst().textAfter()).isEqualTo("We will visit you at home every month");
        assertThat(differences.get(1).numberAfter()).isEqualTo(2);
        assertThat(differences.get(2).numberBefore()).isEqualTo(2);
        assertThat(runAs.user(DemoUsers.WORKER, () -> drafting.compare(v1, v1))).extracting(Difference::kind)
                .containsOnly(Difference.Kind.SAME);

        assertThat(runAs.user(DemoUsers.WORKER, () -> drafting.history(documentId)))
                .extracting(h -> h.what()).contains("CREATED", "SECTION_ADDED", "COMMITMENT_ADDED", "ADOPTED",
                        "PREPARED", "COMMITMENT_CHANGED", "COMMITMENT_REMOVED");
        assertThat(runAs.user(DemoUsers.WORKER, () -> drafting.history(documentId)))
                .anySatisfy(h -> assertThat(h.detail()).contains("every six weeks → ", "every month"));
    }

    // --- suggestions, moderation, support -----------------------------------------------------------

    @Test
    void suggestionsAreCheckedLikeViewsBeforeAnyoneReadsThem() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        long suggestion = pledges.suggestWording(young, first.id(), "We will visit you every month, at a time you choose", false);

        long contribution = pledges.contributionOf(suggestion);
        assertThat(views.item(contribution).about()).isEqualTo(WrittenAbout.PLEDGE_SUGGESTION);
        assertThat(views.item(contribution).status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(feedback(version).commitments().getFirst().wordings()).as("nobody reads it unchecked").isEmpty();
        assertThat(mine(young)).singleElement().extracting(MySuggestion::stage)
                .isEqualTo(MySuggestion.Stage.BEING_CHECKED);
        assertThat(events.stream(TookPart.class).filter(t -> t.kind() == TookPart.Kind.SHAPED_PLEDGE)).hasSize(1);

        pledges.approve(suggestion);
        assertThat(feedback(version).commitments().getFirst().wordings()).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("We will visit you every month, at a time you choose");
            assertThat(item.authorName()).as("no name unless chosen").isNull();
            assertThat(item.supports()).isZero();
        });
        assertThat(mine(young)).singleElement().extracting(MySuggestion::stage)
                .isEqualTo(MySuggestion.Stage.WAITING_FOR_DECISION);
    }

    @Test
    void aSuggestionShowingRiskIsFlaggedUrgentAndOneKeptBackIsNeverRead() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        long worrying = pledges.suggestWording(young, first.id(), "Sometimes I want to hurt myself when nobody visits", false);
        assertThat(views.item(pledges.contributionOf(worrying)).urgent()).isTrue();

        long comment = runAs.user(young, () -> suggestions.comment(first.id(), "Please ring first", false,
                UUID.randomUUID().toString()));
        assertThat(views.item(pledges.contributionOf(comment)).about()).isEqualTo(WrittenAbout.PLEDGE_COMMENT);
        pledges.keepBack(comment);
        assertThat(feedback(version).commitments().getFirst().comments()).isEmpty();
        assertThat(mine(young)).filteredOn(m -> m.kind() == SuggestionKind.COMMENT).singleElement()
                .satisfies(m -> {
                    assertThat(m.stage()).isEqualTo(MySuggestion.Stage.NOT_SHARED);
                    assertThat(m.reasonKey()).isEqualTo("voice.reason.NOT_CLEAR");
                });
    }

    @Test
    void onlyTheDocumentsYoungPeopleMayShapeWhileItIsOpen() {
        String careLeaver = testAccounts.create(Role.CARE_LEAVER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long pledge = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        long commitment = pledges.commitment(pledge, 1).id();
        assertRefused(() -> pledges.suggestWording(careLeaver, commitment, "Other words", false), "pledges.notForYou");
        assertThat(runAs.user(careLeaver, suggestions::openForMe)).extracting(f -> f.version().id())
                .doesNotContain(pledge);
        assertThat(runAs.user(young, suggestions::openForMe)).extracting(f -> f.version().id()).contains(pledge);

        long both = pledges.open(DocumentKind.LOCAL_OFFER, Audience.BOTH);
        assertThat(pledges.suggestWording(young, pledges.commitment(both, 1).id(), "Help with rent", true)).isPositive();

        long draft = pledges.draft(DocumentKind.PLEDGE);
        assertRefused(() -> pledges.suggestWording(young, pledges.commitment(draft, 1).id(), "Words", false),
                "pledges.closed");
        assertThatThrownBy(() -> runAs.user(DemoUsers.WORKER, () -> suggestions.suggestWording(commitment, "x", false,
                UUID.randomUUID().toString()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedInPlainWordsAndNothingIsStored() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        long commitment = pledges.commitment(version, 1).id();
        assertRefused(() -> pledges.suggestWording(young, commitment, "   ", false), "pledges.suggestionNeeded");
        assertRefused(() -> pledges.suggestWording(young, commitment, "a".repeat(100_000), false), "form.tooLong");
        assertRefused(() -> pledges.suggestWording(young, commitment, "bad\u0007bell", false), "form.controlCharacters");
        assertThat(mine(young)).isEmpty();

        String tricky = "<script>alert(1)</script> '; drop table pledge_suggestion; -- مرحبا 🙂";
        long stored = pledges.suggestWording(young, commitment, tricky, false);
        pledges.approve(stored);
        assertThat(feedback(version).commitments().getFirst().wordings()).extracting(SuggestionItem::text)
                .containsExactly(tricky);
        assertThat(pledges.suggestWording(young, commitment, tricky, false)).as("a new key is a new suggestion")
                .isNotEqualTo(stored);
    }

    @Test
    void sendingTheSameSuggestionTwiceStoresItOnce() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        long commitment = pledges.commitment(version, 1).id();
        String key = UUID.randomUUID().toString();
        long first = runAs.user(young, () -> suggestions.suggestWording(commitment, "Every month", false, key));
        long again = runAs.user(young, () -> suggestions.suggestWording(commitment, "Every month", false, key));
        assertThat(again).isEqualTo(first);
        assertThat(mine(young)).hasSize(1);
    }

    @Test
    void eachYoungPersonBacksASuggestionOnceAndSaysHowMuchACommitmentMatters() {
        String author = testAccounts.create(Role.YOUNG_PERSON);
        String friend = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        long suggestion = pledges.suggestWording(author, first.id(), "Visits when I want them", false);
        assertRefused(() -> runAs.user(friend, () -> suggestions.support(suggestion)), "pledges.gone");
        pledges.approve(suggestion);

        assertThat(runAs.user(friend, () -> suggestions.support(suggestion))).isEqualTo(1);
        assertRefused(() -> runAs.user(friend, () -> suggestions.support(suggestion)), "pledges.alreadySupported");
        assertRefused(() -> runAs.user(author, () -> suggestions.support(suggestion)), "pledges.ownSuggestion");
        long comment = runAs.user(author, () -> suggestions.comment(first.id(), "Good one", false,
                UUID.randomUUID().toString()));
        pledges.approve(comment);
        assertRefused(() -> runAs.user(friend, () -> suggestions.support(comment)), "pledges.onlySuggestions");

        runAs.user(friend, () -> suggestions.rate(first.id(), 3));
        runAs.user(author, () -> suggestions.rate(first.id(), 1));
        runAs.user(author, () -> suggestions.rate(first.id(), 2));
        assertRefused(() -> runAs.user(author, () -> suggestions.rate(first.id(), 4)), "pledges.scoreNeeded");

        var forFriend = runAs.user(friend, suggestions::openForMe).stream().filter(f -> f.version().id() == version)
                .findFirst().orElseThrow().commitments().getFirst();
        assertThat(forFriend.myScore()).isEqualTo(3);
        assertThat(forFriend.ratings()).isEqualTo(2);
        assertThat(forFriend.averageScore()).isEqualTo(2.5);
        assertThat(forFriend.wordings()).singleElement().satisfies(item -> {
            assertThat(item.supports()).isEqualTo(1);
            assertThat(item.supportedByMe()).isTrue();
            assertThat(item.mine()).isFalse();
        });
        assertThat(feedback(version).commitments().getFirst().comments()).extracting(SuggestionItem::text)
                .containsExactly("Good one");
        assertThat(mine(author)).filteredOn(m -> m.kind() == SuggestionKind.WORDING).singleElement()
                .extracting(MySuggestion::supports).isEqualTo(1L);
    }

    // --- taking in, adopting and crediting ----------------------------------------------------------

    @Test
    void workersTakeSuggestionsIntoTheNextDraftAndTheAdoptedVersionCreditsYoungPeople() {
        String named = testAccounts.create(Role.YOUNG_PERSON);
        String quiet = testAccounts.create(Role.YOUNG_PERSON);
        String backer = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        VersionDetail open = pledges.detail(version);
        CommitmentItem first = open.commitments().get(0);

        long wording = pledges.suggestWording(named, first.id(), "We will visit you every month", true);
        long added = runAs.user(quiet, () -> suggestions.suggestCommitment(open.sections().getFirst().id(),
                "You can choose the colour of your room", false, UUID.randomUUID().toString()));
        long declined = pledges.suggestWording(quiet, open.commitments().get(1).id(), "Never move me", false);
        List.of(wording, added, declined).forEach(pledges::approve);
        runAs.user(backer, () -> suggestions.support(wording));
        runAs.user(backer, () -> suggestions.rate(first.id(), 3));

        long draftId = runAs.user(DemoUsers.WORKER, () -> suggestions.accept(wording, pledges.lockOf(wording),
                "We will visit you every month, or more if you ask"));
        assertThat(runAs.user(DemoUsers.WORKER, () -> suggestions.accept(added, pledges.lockOf(added),
                "You can choose the colour of your room"))).isEqualTo(draftId);
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> suggestions.decline(declined, pledges.lockOf(declined),
                " ")), "pledges.reasonNeeded");
        runAs.user(DemoUsers.WORKER, () -> suggestions.decline(declined, pledges.lockOf(declined),
                "Sometimes a move keeps you safe, but we will always explain why"));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> suggestions.decline(wording, pledges.lockOf(wording),
                "No")), "pledges.alreadyDecided");

        VersionDetail draft = pledges.detail(draftId);
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.commitments()).extracting(CommitmentItem::text).containsExactly(
                "We will visit you every month, or more if you ask",
                "We will tell you before your placement changes", "You can choose the colour of your room");

        assertThat(mine(named)).singleElement().satisfies(m -> {
            assertThat(m.stage()).isEqualTo(MySuggestion.Stage.TAKEN_IN_CHANGED);
            assertThat(m.takenInAs()).isEqualTo("We will visit you every month, or more if you ask");
        });
        assertThat(mine(quiet)).extracting(MySuggestion::stage).containsExactlyInAnyOrder(
                MySuggestion.Stage.TAKEN_IN, MySuggestion.Stage.NOT_TAKEN);
        assertThat(mine(quiet)).filteredOn(m -> m.stage() == MySuggestion.Stage.NOT_TAKEN).singleElement()
                .extracting(MySuggestion::reasonWords).isEqualTo("Sometimes a move keeps you safe, but we will always explain why");

        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(draftId, draft.lock(), today()));
        AdoptedPromises adopted = runAs.user(quiet, () -> promises.adopted(draftId));
        Credits credits = adopted.credits();
        assertThat(credits.names()).containsExactly(named);
        assertThat(credits.others()).as("the quiet one and the backer").isEqualTo(2);
        assertThat(credits.changes()).extracting(Credits.ChangeMade::outcome, Credits.ChangeMade::number)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SuggestionOutcome.TAKEN_IN_CHANGED, 1),
                        org.assertj.core.groups.Tuple.tuple(SuggestionOutcome.TAKEN_IN, 3));
        assertThat(credits.changes()).filteredOn(c -> c.kind() == SuggestionKind.WORDING).singleElement()
                .satisfies(c -> {
                    assertThat(c.suggested()).isEqualTo("We will visit you every month");
                    assertThat(c.before()).isEqualTo("We will visit you at home every six weeks");
                });
        assertRefused(() -> runAs.user(quiet, () -> promises.adopted(version)), "pledges.notAdopted");
    }

    @Test
    void anUncheckedSuggestionCannotBeTakenIn() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        long suggestion = pledges.suggestWording(young, pledges.commitment(version, 1).id(), "Every month", false);
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> suggestions.accept(suggestion,
                pledges.lockOf(suggestion), "Every month")), "pledges.notChecked");
    }

    // --- two people at once -----------------------------------------------------------------------

    @Test
    void twoWorkersEditingTheSameCommitmentGetAClearConflictAndTheFirstEditStays() {
        String otherWorker = testAccounts.create(Role.WORKER);
        long version = pledges.draft(DocumentKind.PLEDGE);
        CommitmentItem seenByBoth = pledges.commitment(version, 1);

        runAs.user(DemoUsers.WORKER, () -> drafting.editCommitment(seenByBoth.id(), seenByBoth.lock(),
                "First worker's words", null));
        assertRefused(() -> runAs.user(otherWorker, () -> drafting.editCommitment(seenByBoth.id(), seenByBoth.lock(),
                "Second worker's words", null)), "pledges.changedMeanwhile");
        assertRefused(() -> runAs.user(otherWorker, () -> drafting.removeCommitment(seenByBoth.id(),
                seenByBoth.lock())), "pledges.changedMeanwhile");
        assertThat(pledges.commitment(version, 1).text()).isEqualTo("First worker's words");

        long staleLock = pledges.detail(version).lock();
        runAs.user(DemoUsers.WORKER, () -> drafting.addCommitment(pledges.detail(version).sections().getFirst().id(),
                "One more", null));
        assertRefused(() -> runAs.user(otherWorker, () -> drafting.openForIdeas(version, staleLock,
                today().plusDays(5), Audience.YOUNG_PEOPLE)), "pledges.changedMeanwhile");
        assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> drafting.adopt(version, staleLock, today())),
                "pledges.changedMeanwhile");
        assertThat(pledges.detail(version).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void takingInASuggestionSomeoneElseDecidedMeanwhileIsRefused() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        long suggestion = pledges.suggestWording(young, pledges.commitment(version, 1).id(), "Each month", false);
        pledges.approve(suggestion);
        long seen = pledges.lockOf(suggestion);
        runAs.user(DemoUsers.WORKER, () -> suggestions.decline(suggestion, seen, "We visit more often already"));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> suggestions.accept(suggestion, seen, "Each month")),
                "pledges.alreadyDecided");
    }

    // --- delivery ---------------------------------------------------------------------------------

    @Test
    void adoptedPromisesCarryADeliveryStatusWithDatedEvidence() {
        long version = pledges.draft(DocumentKind.LOCAL_OFFER);
        CommitmentItem first = pledges.commitment(version, 1);
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(first.id(),
                DeliveryStatus.ON_TRACK, today(), "Started", null)), "pledges.notAdopted");
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(version, pledges.detail(version).lock(), today()));

        runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(first.id(), DeliveryStatus.ON_TRACK,
                today().minusDays(10), "Visits booked for everyone", null));
        runAs.user(DemoUsers.BOARD, () -> delivery.recordUpdate(first.id(), DeliveryStatus.AT_RISK, today(),
                "Two social workers left", null));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(first.id(),
                DeliveryStatus.DONE, today().plusDays(1), "Later", null)), "pledges.updateDate");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(first.id(),
                DeliveryStatus.DONE, today(), "", null)), "pledges.evidenceNeeded");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(first.id(),
                DeliveryStatus.DONE, today(), "Linked", 987_654_321L)), "pledges.actionUnknown");
        assertThatThrownBy(() -> runAs.user(DemoUsers.YOUNG_PERSON, () -> delivery.recordUpdate(first.id(),
                DeliveryStatus.DONE, today(), "Me", null))).isInstanceOf(AccessDeniedException.class);

        ProgressLine line = runAs.user(DemoUsers.CARE_LEAVER, delivery::progress).stream()
                .filter(p -> p.version().id() == version).findFirst().orElseThrow().lines().getFirst();
        assertThat(line.status()).isEqualTo(DeliveryStatus.AT_RISK);
        assertThat(line.updates()).extracting(u -> u.evidence()).containsExactly("Two social workers left",
                "Visits booked for everyone");
        assertThat(runAs.user(DemoUsers.WORKER, () -> drafting.history(pledges.detail(version).documentId())))
                .extracting(h -> h.what()).contains("DELIVERY_AT_RISK", "DELIVERY_ON_TRACK");
    }
}
