package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ourvoice.common.BoardActionDirectory.ActionSummary;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.ProgressLine;
import org.ourvoice.pledges.service.PromiseProgress;
import org.ourvoice.pledges.service.UpdateLine;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.Notices;

/**
 * How the adopted promises are being kept, for workers and the board: each promise's status and
 * dated evidence, and a short form to add an update, linked to a board action where there is one.
 */
@Route("pledge-delivery")
@RolesAllowed({Roles.WORKER, Roles.BOARD})
@Menu(order = 35, title = "nav.pledgeDelivery", icon = "vaadin:tasks")
public class PledgeDeliveryView extends VerticalLayout implements HasDynamicTitle {

    private final PledgeDeliveryService delivery;
    private final List<ActionSummary> actions;
    private final Div list = new Div();

    public PledgeDeliveryView(PledgeDeliveryService delivery) {
        this.delivery = delivery;
        this.actions = delivery.boardActions();
        addClassName("pledge-delivery-view");
        add(new Paragraph(getTranslation("pledges.deliveryView.intro")));
        list.setId("delivery-list");
        list.setWidthFull();
        add(list);
        show();
    }

    private void show() {
        list.removeAll();
        List<PromiseProgress> progress = delivery.progress();
        if (progress.isEmpty()) {
            list.add(new Paragraph(getTranslation("pledges.deliveryView.none")));
        }
        for (PromiseProgress document : progress) {
            list.add(PromiseText.title(document.version()));
            list.add(PromiseText.of(document.version(), c -> document.lines().stream()
                    .filter(l -> l.commitment().id() == c.id()).findFirst().map(this::line).orElse(null)));
        }
    }

    private Div line(ProgressLine line) {
        long id = line.commitment().id();
        Div box = new Div(Badges.delivery(this, line.status()));
        box.addClassName("promise-status");
        box.getElement().setAttribute("data-commitment", Long.toString(id));
        UnorderedList updates = new UnorderedList();
        updates.addClassName("delivery-updates");
        for (UpdateLine update : line.updates()) {
            String action = update.action() == null ? "" : " · " + getTranslation("pledges.deliveryView.action",
                    update.action().title(), update.action().status());
            updates.add(new ListItem(OurPromisesView.DAY.format(update.on()) + " · "
                    + getTranslation(update.status().messageKey()) + " · " + update.evidence() + action));
        }
        box.add(updates);

        Select<DeliveryStatus> status = new Select<>();
        status.addClassName("update-status");
        status.setLabel(getTranslation("pledges.deliveryView.status"));
        status.setItems(DeliveryStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(line.status() == null ? DeliveryStatus.ON_TRACK : line.status());
        DatePicker on = new DatePicker(getTranslation("pledges.deliveryView.on"));
        on.addClassName("update-on");
        on.setValue(LocalDate.now(ZoneId.of("Europe/London")));
        TextArea evidence = new TextArea(getTranslation("pledges.deliveryView.evidence"));
        evidence.addClassName("update-evidence");
        evidence.setMaxLength(1000);
        evidence.setWidthFull();
        ComboBox<ActionSummary> action = new ComboBox<>(getTranslation("pledges.deliveryView.linkAction"));
        action.addClassName("update-action");
        action.setItems(actions);
        action.setItemLabelGenerator(a -> a.title() + " (" + a.owner() + ")");
        action.setVisible(!actions.isEmpty());
        Button record = new Button(getTranslation("pledges.deliveryView.record"), click -> {
            if (on.getValue() == null) {
                on.setInvalid(true);
                return;
            }
            Long saved = Attempt.run(this, evidence, () -> delivery.recordUpdate(id, status.getValue(), on.getValue(),
                    evidence.getValue(), action.getValue() == null ? null : action.getValue().id()));
            if (saved != null) {
                Notices.success(getTranslation("pledges.deliveryView.recorded"));
                show();
            }
        });
        record.addClassName("record-update");
        HorizontalLayout fields = new HorizontalLayout(status, on, action);
        fields.setWrap(true);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Details form = new Details(getTranslation("pledges.deliveryView.add"), new Div(fields, evidence, record));
        form.addClassName("update-form");
        box.add(form);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pledgeDelivery");
    }
}
