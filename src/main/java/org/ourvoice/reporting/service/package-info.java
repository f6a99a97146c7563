@NullMarked
package org.ourvoice.reporting.service;

import org.jspecify.annotations.NullMarked;
