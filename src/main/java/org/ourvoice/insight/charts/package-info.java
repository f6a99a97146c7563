/** A chart as people read it on any screen: the picture, its text alternative, its figures as a table and as CSV. */
@NullMarked
@NamedInterface("charts")
package org.ourvoice.insight.charts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
