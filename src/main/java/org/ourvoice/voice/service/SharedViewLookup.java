package org.ourvoice.voice.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.voice.domain.Contribution;
import org.ourvoice.voice.domain.ContributionFilters;
import org.ourvoice.voice.domain.ContributionRepository;
import org.ourvoice.voice.domain.ContributionStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared views looked up by id for features that answer them (the board's decisions and
 * responses). Not for screens: the services that call it check who is asking, and never pass an
 * author's id on to a screen.
 */
@Component
public class SharedViewLookup {

    private final ContributionRepository contributions;
    private final AccountDirectory directory;

    SharedViewLookup(ContributionRepository contributions, AccountDirectory directory) {
        this.contributions = contributions;
        this.directory = directory;
    }

    /** The views among the ids that are shared now (approved views of their own), as the board may read them. */
    @Transactional(readOnly = true)
    public List<SharedView> shared(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        return contributions.findAllById(Set.copyOf(ids)).stream().filter(SharedViewLookup::isShared)
                .map(c -> view(c, names)).toList();
    }

    /** The author of each view among the ids that is shared now and still has an author. */
    @Transactional(readOnly = true)
    public Map<Long, Long> authorsOfShared(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return contributions.findAllById(Set.copyOf(ids)).stream()
                .filter(c -> isShared(c) && c.getAuthorId() != null)
                .collect(Collectors.toMap(Contribution::requireId, Contribution::getAuthorId));
    }

    /** Which of the ids are views the account wrote. */
    @Transactional(readOnly = true)
    public Set<Long> writtenBy(long accountId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return contributions.findAllById(Set.copyOf(ids)).stream()
                .filter(c -> Long.valueOf(accountId).equals(c.getAuthorId())).map(Contribution::requireId)
                .collect(Collectors.toSet());
    }

    /** Up to {@code limit} views of the theme that workers chose as quotes, newest first. */
    @Transactional(readOnly = true)
    public List<SharedView> quotes(long themeId, int limit) {
        Map<Long, String> names = new HashMap<>();
        return contributions.findBy(ContributionFilters.shared(themeId, true, null, null, null), q -> q
                .slice(PageRequest.of(0, Math.max(1, limit), Sort.by(Sort.Order.desc("decidedAt")))))
                .stream().map(c -> view(c, names)).toList();
    }

    private static boolean isShared(Contribution c) {
        return c.getStatus() == ContributionStatus.APPROVED && c.isView();
    }

    private SharedView view(Contribution c, Map<Long, String> names) {
        Long author = c.getAuthorId();
        String name = !c.isShowName() || author == null ? null
                : names.computeIfAbsent(author, id -> directory.profile(id).map(Profile::displayName).orElse(null));
        Instant shared = c.getDecidedAt() == null ? c.getSubmittedAt() : c.getDecidedAt();
        return new SharedView(c.requireId(), c.sharedText(), List.copyOf(c.getThemeIds()),
                java.util.Objects.requireNonNull(c.getMood()), name, shared, c.isQuote());
    }
}
