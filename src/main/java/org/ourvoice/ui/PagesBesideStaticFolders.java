package org.ourvoice.ui;

import com.vaadin.flow.server.BootstrapHandler;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestHandler;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * Lets a screen whose address begins like one of Vaadin's own folders ("themes" and
 * "themes-dashboard" begin like "/themes") be opened from a link, a bookmark or a reload. Vaadin
 * 25 takes any address that merely starts with such a folder's name for a file in it and answers
 * "not found" without ever showing the screen; this answers with the page for registered screens
 * only, and leaves addresses inside the folders ("/themes/...") to Vaadin.
 */
@Component
class PagesBesideStaticFolders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new PageHandler());
    }

    /** The usual page handler, for the addresses it would wrongly turn away. */
    static final class PageHandler extends IndexHtmlRequestHandler {

        @Override
        protected boolean canHandleRequest(VaadinRequest request) {
            String path = request.getPathInfo();
            return path != null && besideAFolder(path) && isRequestForHtml(request)
                    && !BootstrapHandler.isFrameworkInternalRequest(request)
                    && ApplicationRouteRegistry.getInstance(request.getService().getContext())
                            .getNavigationTarget(path.substring(1)).isPresent();
        }

        /** Starts like a folder's name ("/themes-dashboard", "/themes") without being inside it ("/themes/x"). */
        static boolean besideAFolder(String path) {
            return HandlerHelper.getPublicInternalFolderPaths().stream()
                    .anyMatch(folder -> path.startsWith(folder) && !path.startsWith(folder + "/"));
        }
    }
}
