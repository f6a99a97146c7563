package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.service.DecisionForm;
import org.ourvoice.board.service.DecisionItem;
import org.ourvoice.board.service.MeetingSummary;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;

/** Records a decision, or changes one: the meeting, what was decided, why, and the themes and views it answers. */
class DecisionDialog extends Dialog {

    DecisionDialog(String title, List<MeetingSummary> meetingList, List<ThemeChoice> themeList,
            SharedViewService shared, @Nullable DecisionItem initial, Consumer<DecisionForm> save) {
        setHeaderTitle(title);
        setWidth("min(44rem, 100vw)");
        Map<Long, ThemeChoice> themes = BoardThemes.byId(themeList);
        Select<MeetingSummary> meeting = new Select<>();
        meeting.setId("decision-meeting");
        meeting.setLabel(getTranslation("board.decisions.meeting"));
        meeting.setItems(meetingList);
        meeting.setItemLabelGenerator(m -> BoardMeetingsView.DAY.format(m.meetsOn()) + ", " + m.place());
        meeting.setRequiredIndicatorVisible(true);
        meeting.setWidthFull();
        TextField what = new TextField(getTranslation("board.decisions.what"));
        what.setId("decision-title");
        what.setMaxLength(300);
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        TextArea why = new TextArea(getTranslation("board.decisions.why"));
        why.setId("decision-reason");
        why.setMaxLength(2000);
        why.setRequiredIndicatorVisible(true);
        why.setWidthFull();
        MultiSelectComboBox<ThemeChoice> themePicker = BoardThemes.themePicker("decision-themes",
                getTranslation("board.form.themes"), themeList);
        MultiSelectComboBox<SharedView> viewPicker = BoardThemes.viewPicker("decision-views",
                getTranslation("board.form.views"), getTranslation("board.form.viewsHelp"), shared, themes);
        if (initial != null) {
            meetingList.stream().filter(m -> m.id() == initial.meetingId()).findFirst().ifPresent(meeting::setValue);
            what.setValue(initial.title());
            why.setValue(initial.reason());
            themePicker.setValue(initial.themeIds().stream().map(themes::get).filter(t -> t != null).toList());
            List<Long> chosen = initial.views().stream().map(SharedView::id).toList();
            viewPicker.getListDataView().getItems().filter(v -> chosen.contains(v.id())).forEach(viewPicker::select);
        } else if (!meetingList.isEmpty()) {
            meeting.setValue(meetingList.getFirst());
        }
        add(new VerticalLayout(meeting, what, why, themePicker, viewPicker));
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            FieldErrors.clear(meeting, what, why, themePicker, viewPicker);
            try {
                save.accept(new DecisionForm(meeting.getValue() == null ? null : meeting.getValue().id(),
                        what.getValue(), why.getValue(), themePicker.getValue().stream().map(ThemeChoice::id).toList(),
                        viewPicker.getValue().stream().map(SharedView::id).toList()));
                close();
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of("board.meetingNeeded", meeting, "board.reasonNeeded", why,
                        "board.linkNeeded", themePicker, "board.themeGone", themePicker, "board.viewNotShared",
                        viewPicker), what);
            }
        });
        saveButton.setId("decision-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }
}
