@NullMarked
package org.ourvoice.accounts.domain;

import org.jspecify.annotations.NullMarked;
