package org.kring.testing;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole test run instead of one per IT class. The Payara Micro adapter boots a
 * server per deployment (about 30 s on a 2-core machine), which was half of {@code bin/test}'s time. Every
 * IT deploys the same {@link KringDeployment#war()}, so the first class deploys it and the others get its
 * URL; it is undeployed once, after the last class. A class that needs a server of its own must deploy an
 * archive with another name. Tests therefore cannot rely on a fresh server: rate limits and caches carry
 * over between classes, as they would in production.
 */
public final class SharedDeployment {

    /** Registered in META-INF/services, so every Arquillian test in this JVM goes through it. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }

    // Static: Arquillian keeps one instance of an observer per manager, but the run is what shares the server.
    private static DeployableContainer<?> container;
    private static Archive<?> archive;
    private static ProtocolMetaData metaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Instance<ProtocolMetaData> deployedMetaData;

    /** Innermost (lowest precedence), so Arquillian's deployment context is already active around it. */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        Deployment wanted = context.getEvent().getDeployment();
        Archive<?> wantedArchive = wanted.getDescription().getArchive();
        if (archive == null || !archive.getName().equals(wantedArchive.getName())) {
            context.proceed();
            container = context.getEvent().getDeployableContainer();
            archive = wantedArchive;
            metaData = deployedMetaData.get();
            return;
        }
        if (!archive.getContent().keySet().equals(wantedArchive.getContent().keySet())) {
            throw new IllegalStateException(wantedArchive.getName() + " differs from the one this run deployed first: a class "
                    + "that needs other contents must name its archive otherwise (it then gets a server of its own)");
        }
        description.set(wanted.getDescription());
        deployment.set(wanted);
        protocolMetaData.set(metaData);
        wanted.deployed();
    }

    /** Each class's undeploy only marks its deployment done; the server stays up for the next class. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment done = context.getEvent().getDeployment();
        if (archive != null && archive.getName().equals(done.getDescription().getArchive().getName())) {
            done.undeployed();
        } else {
            context.proceed();
        }
    }

    public void stopAfterTheLastClass(@Observes AfterSuite event) throws Exception {
        if (container != null) {
            container.undeploy(archive);
            container = null;
            archive = null;
            metaData = null;
        }
    }
}
