package org.ourvoice.pledges.service;

/** An adopted version as young people read it, with who shaped it. */
public record AdoptedPromises(VersionDetail version, Credits credits) {
}
