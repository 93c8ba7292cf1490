package org.kring.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Every REST resource of Kring lives under /api/v1; resources and providers are found by scanning. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Kring API", version = "1",
        description = "Ideas, votes, threaded discussions, moderation and insights of a Kring community. "
                + "Every error is application/problem+json (RFC 9457).",
        license = @License(name = "Apache-2.0")))
public class KringApplication extends Application {

    /** No generated WADL (/api/v1/application.wadl): OpenAPI at /openapi is the API's one description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
