package org.ourvoice.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditFilter;
import org.ourvoice.audit.service.AuditRecord;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;

/** The audit trail for administrators, newest first, narrowed by action and dates. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.audit", icon = "vaadin:clipboard-text")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();

    public AuditView(AuditTrail audit) {
        addClassName("audit-view");
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.anyAction"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.anyAction")
                : getTranslation("audit.action." + a.name()));
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));

        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(r -> DisplayFormats.dateTime(r.occurredAt())).setHeader(getTranslation("audit.when"));
        grid.addColumn(r -> r.actorName() == null ? getTranslation("audit.nobody") : r.actorName())
                .setHeader(getTranslation("audit.who"));
        grid.addColumn(r -> getTranslation("audit.action." + r.action())).setHeader(getTranslation("audit.action"));
        grid.addColumn(r -> r.subject() == null ? "" : r.subject()).setHeader(getTranslation("audit.subject"));
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.detail"));
        grid.setItems(query -> audit.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(filter()));
        grid.setAriaLabel(getTranslation("nav.audit"));
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        until.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = audit.exportCsv(filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "ourvoice-audit.csv", "text/csv", csv.length);
        }), getTranslation("audit.export"));
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(action, from, until, export);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), startOf(from.getValue()),
                until.getValue() == null ? null : startOf(until.getValue().plusDays(1)));
    }

    private static java.time.@Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(DisplayFormats.UK).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
