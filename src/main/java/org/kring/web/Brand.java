package org.kring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kring.platform.config.KringConfig;

/** The community's name, logo and colours on every page, from configuration (KRING_BRAND_*). */
@Named
@ApplicationScoped
public class Brand {

    @Inject
    KringConfig config;

    public String getName() {
        return config.brandName();
    }

    public String getLogo() {
        return config.brandLogo();
    }

    /** CSS custom properties for the layout's style sheet (values are checked to be #rrggbb). */
    public String getColors() {
        return "html:root{--kring-primary:" + config.brandColor() + ";--kring-primary-dark:" + config.brandColorDark() + "}";
    }
}
