// Generates a module's jOOQ classes from its own Flyway migrations, applied to a throw-away
// embedded PostgreSQL. Skipped when neither the migrations nor this script changed.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway
import org.jooq.codegen.GenerationTool
import org.jooq.meta.jaxb.*

import java.security.MessageDigest

String schema = project.properties['elif.schema']
String packageName = project.properties['elif.jooq.package']
if (!schema || !packageName) {
    throw new IllegalStateException("set the properties elif.schema and elif.jooq.package to generate jOOQ classes")
}
File migrations = new File(project.basedir, "src/main/resources/db/migration/${schema}")
File target = new File(project.build.directory, 'generated-sources/jooq')
project.addCompileSourceRoot(target.path)

MessageDigest digest = MessageDigest.getInstance('SHA-256')
File script = new File(System.getProperty('maven.multiModuleProjectDirectory'), '.mvn/jooq-codegen.groovy')
([script] + (migrations.listFiles()?.findAll { it.name.endsWith('.sql') }?.sort { it.name } ?: [])).each {
    digest.update(it.name.bytes)
    digest.update(it.bytes)
}
String fingerprint = digest.digest().encodeHex().toString()
File stamp = new File(target, '.fingerprint')
if (stamp.exists() && stamp.text == fingerprint) {
    log.info("jOOQ classes of schema '${schema}' are up to date")
    return
}

System.setProperty('org.jooq.no-logo', 'true')
System.setProperty('org.jooq.no-tips', 'true')
target.deleteDir()
EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()
try {
    Flyway.configure()
            .dataSource(postgres.postgresDatabase)
            .schemas(schema)
            .createSchemas(true)
            .locations("filesystem:${migrations.path}")
            .load()
            .migrate()
    GenerationTool.generate(new Configuration()
            .withLogging(Logging.WARN)
            .withJdbc(new Jdbc()
                    .withDriver('org.postgresql.Driver')
                    .withUrl(postgres.getJdbcUrl('postgres', 'postgres'))
                    .withUser('postgres'))
            .withGenerator(new Generator()
                    .withDatabase(new Database()
                            .withName('org.jooq.meta.postgres.PostgresDatabase')
                            .withInputSchema(schema)
                            .withExcludes('flyway_schema_history'))
                    .withGenerate(new Generate()
                            .withJavaTimeTypes(true)
                            .withRecords(true)
                            .withPojos(false)
                            .withDaos(false)
                            .withFluentSetters(true))
                    .withTarget(new Target()
                            .withPackageName(packageName)
                            .withDirectory(target.path))))
    stamp.text = fingerprint
    log.info("generated jOOQ classes of schema '${schema}' into ${packageName}")
} finally {
    postgres.close()
}
