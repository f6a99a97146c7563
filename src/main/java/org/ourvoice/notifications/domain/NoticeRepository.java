package org.ourvoice.notifications.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Inbox messages, newest first. */
public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    long countByRecipientId(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying
    @Query("delete from Notice n where n.recipientId = :recipient")
    int deleteByRecipientId(@Param("recipient") long recipientId);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") long recipientId, @Param("now") java.time.Instant now);
}
