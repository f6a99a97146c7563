package org.ourvoice.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages that pop up and are read out by screen readers. */
public final class Notices {

    private static final int SHOW_MILLIS = 6000;

    private Notices() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.SUCCESS);
    }

    public static Notification problem(String text) {
        Notification notification = show(text, NotificationVariant.ERROR);
        notification.setAssertive(true);
        return notification;
    }

    private static Notification show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, SHOW_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
        return notification;
    }
}
