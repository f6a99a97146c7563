/** What young people say: the "Have your say" form, drafts, and "My say" with what became of each view. */
@NullMarked
@ApplicationModule(displayName = "Young people's voice")
package org.ourvoice.voice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
