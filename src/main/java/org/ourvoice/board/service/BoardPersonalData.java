package org.ourvoice.board.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.board.domain.AttendanceRepository;
import org.ourvoice.board.domain.ResponseAnswerRepository;
import org.ourvoice.common.PersonalDataHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A young person's board meetings attended and answers to responses, in "My data"; erasure removes
 * the attendance and keeps answers without the name (or deletes them).
 */
@Component
class BoardPersonalData implements PersonalDataHolder {

    private final AttendanceRepository attendance;
    private final ResponseAnswerRepository answers;

    BoardPersonalData(AttendanceRepository attendance, ResponseAnswerRepository answers) {
        this.attendance = attendance;
        this.answers = answers;
    }

    @Override
    public String sectionKey() {
        return "yousaid.privacySection";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        List<Map<String, String>> rows = new ArrayList<>();
        attendance.findByAccountId(accountId).forEach(a -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("board meeting attended", a.getMeetingDate().toString());
            rows.add(row);
        });
        answers.findByAccountId(accountId).forEach(a -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("answered a response", a.getAnsweredAt().toString());
            row.put("answer", a.getVerdict().name());
            rows.add(row);
        });
        return rows;
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        attendance.deleteByAccount(accountId);
        if (keepAnonymised) {
            answers.anonymise(accountId);
        } else {
            answers.deleteByAccount(accountId);
        }
    }

    @Override
    public int erasureOrder() {
        return -1;
    }
}
