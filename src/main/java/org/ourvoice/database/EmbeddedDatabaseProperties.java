package org.ourvoice.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB.
 *
 * @param enabled start an embedded server instead of using {@code spring.datasource.url}
 * @param dataDir where its data lives; kept between restarts unless {@code fresh}
 * @param port the port to listen on; 0 picks a free one
 * @param fresh wipe the data folder before starting (tests)
 * @param schema the database the portal uses
 */
@ConfigurationProperties("ourvoice.embedded-db")
public record EmbeddedDatabaseProperties(boolean enabled, String dataDir, int port, boolean fresh, String schema) {
}
