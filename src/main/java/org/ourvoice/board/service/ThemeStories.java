package org.ourvoice.board.service;

import java.util.List;
import org.ourvoice.voice.service.SharedView;

/** A theme on the "You said, we did" page: how many views were shared, a few quotes, and the responses. */
public record ThemeStories(long themeId, long views, List<SharedView> quotes, List<YouSaidStory> stories) {

    public ThemeStories {
        quotes = List.copyOf(quotes);
        stories = List.copyOf(stories);
    }
}
