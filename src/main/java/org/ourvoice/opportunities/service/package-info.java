@NullMarked
package org.ourvoice.opportunities.service;

import org.jspecify.annotations.NullMarked;
