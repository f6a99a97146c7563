package org.ourvoice.moderation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningPhraseRepository extends JpaRepository<ScreeningPhrase, Long> {

    List<ScreeningPhrase> findByActiveTrue();

    List<ScreeningPhrase> findByKindOrderByPhraseAsc(PhraseKind kind);

    Optional<ScreeningPhrase> findByKindAndPhrase(PhraseKind kind, String phrase);
}
