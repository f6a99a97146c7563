package org.ourvoice.database;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * When several copies of the portal run behind a load balancer, each gets a node name
 * ({@code OURVOICE_NODE_NAME}); Tomcat appends it to the session id (for example {@code 4F2A….node1}) so the
 * balancer can keep every signed-in person on the node that holds their session.
 */
@Component
class NodeName implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String name;

    NodeName(@Value("${ourvoice.node-name:}") String name) {
        this.name = name;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (name.isBlank()) {
            return;
        }
        factory.addContextCustomizers(context -> {
            if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(name);
            }
        });
    }
}
