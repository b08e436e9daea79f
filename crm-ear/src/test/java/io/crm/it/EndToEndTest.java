package io.crm.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** An end-to-end test: the EAR that the build produced, deployed as it is into the managed Payara Server. */
@ExtendWith(ArquillianExtension.class)
abstract class EndToEndTest {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    /** The web module's root, {@code http://localhost:8080/crm/}. */
    @ArquillianResource
    URL deployment;
}
