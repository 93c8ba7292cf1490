package org.kring.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.kring.platform.config.DemoBuild;

/** Tells the product that this build carries the demo community (see DemoBuild). */
@ApplicationScoped
public class DemoBuildMarker implements DemoBuild {
}
