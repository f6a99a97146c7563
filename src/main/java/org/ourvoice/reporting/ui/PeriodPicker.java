package org.ourvoice.reporting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ourvoice.insight.service.Period;
import org.ourvoice.reporting.service.EngagementCharts;

/** The first and last month of the period the figures cover; the last twelve months to begin with. */
class PeriodPicker extends Composite<Div> {

    static final int DEFAULT_MONTHS = 12;

    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();

    PeriodPicker(Clock clock, Runnable onChange) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < Period.MAX_MONTHS; i++) {
            months.add(now.minusMonths(i));
        }
        from.setId("period-from");
        from.setLabel(getTranslation("engagement.from"));
        from.setItems(months);
        from.setItemLabelGenerator(EngagementCharts::month);
        from.setValue(now.minusMonths(DEFAULT_MONTHS - 1L));
        to.setId("period-to");
        to.setLabel(getTranslation("engagement.to"));
        to.setItems(months);
        to.setItemLabelGenerator(EngagementCharts::month);
        to.setValue(now);
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        getContent().addClassName("period-picker");
        getContent().add(from, to);
    }

    /** The chosen months, earliest first whichever way round they were picked. */
    Period period() {
        YearMonth a = from.getValue();
        YearMonth b = to.getValue();
        return a.isAfter(b) ? new Period(b, a) : new Period(a, b);
    }
}
