package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.DeliveryStatus;

/** Small labelled badges: how a promise is going, in words as well as colour. */
final class Badges {

    private Badges() {
    }

    static Span delivery(Component screen, @Nullable DeliveryStatus status) {
        Span badge = new Span(screen.getTranslation(status == null ? "pledges.delivery.NONE" : status.messageKey()));
        badge.addClassNames("status-badge", "delivery-" + (status == null ? "none"
                : status.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        return badge;
    }
}
