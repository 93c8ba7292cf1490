package org.kring.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that Maven built, as Arquillian deploys it, plus the demo community (demo/, not in the WAR) that
 * seeds an empty database: integration tests run against exactly what ships, on the demo's members and
 * ideas, and the test-only {@link WebLoginProbe}, {@link AccountLinkProbe}, {@link TransactionFailureProbe} and {@link QueueStatementsProbe}. The whole run shares one deployment of it ({@link SharedDeployment}).
 */
public final class KringDeployment {

    private KringDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("kring.war", "target/kring.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with ./mvnw verify (bin/test)");
        }
        return ShrinkWrap.create(ZipImporter.class, "kring.war").importFrom(war).as(WebArchive.class)
                .addPackages(false, Filters.exclude(".*Test.*"), "org.kring.demo")
                .addClass(WebLoginProbe.class).addClass(AccountLinkProbe.class).addClass(TransactionFailureProbe.class)
                .addClass(TransactionFailureProbe.NeedsATransaction.class)
                .addClass(QueueStatementsProbe.class).addClass(QueueStatementsProbe.Counter.class);
    }
}
