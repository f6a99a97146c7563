package org.ourvoice.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ourvoice.notifications.service.NoticeItem;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.ui.DisplayFormats;

/** Everyone's inbox: what the portal has told them, newest first. Opening it marks all as read. */
@Route("inbox")
@PermitAll
@Menu(order = 1, title = "nav.inbox", icon = "vaadin:bell")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public InboxView(NotificationService notifications) {
        addClassName("inbox-view");
        long total = notifications.countMine();
        if (total == 0) {
            Paragraph empty = new Paragraph(getTranslation("inbox.empty"));
            empty.setId("inbox-empty");
            add(empty);
            return;
        }
        Grid<NoticeItem> list = new Grid<>();
        list.setId("inbox-list");
        list.addComponentColumn(this::card).setHeader(getTranslation("nav.inbox"));
        list.setItems(query -> notifications.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.countMine());
        list.setAriaLabel(getTranslation("nav.inbox"));
        list.addThemeName("no-border");
        Button markRead = new Button(getTranslation("inbox.markAllRead"), click -> {
            notifications.markAllRead();
            list.getDataProvider().refreshAll();
        });
        markRead.addThemeVariants(ButtonVariant.TERTIARY);
        markRead.setId("inbox-mark-read");
        add(markRead, list);
        setSizeFull();
    }

    private Div card(NoticeItem item) {
        Div card = new Div();
        card.addClassName("notice");
        if (!item.read()) {
            card.addClassName("notice-unread");
            card.add(new Span(getTranslation("inbox.new")));
        }
        if (item.urgent()) {
            card.addClassName("notice-urgent");
            card.add(new Span(getTranslation("inbox.urgent")));
        }
        card.add(new Paragraph(getTranslation(item.messageKey(), (Object[]) item.arguments())),
                new Span(DisplayFormats.dateTime(item.createdAt())));
        if (item.link() != null) {
            card.add(new Anchor(item.link(), getTranslation("inbox.open")));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
