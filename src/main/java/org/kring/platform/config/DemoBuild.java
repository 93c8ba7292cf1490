package org.kring.platform.config;

/**
 * Present (as a CDI bean) only in builds that carry the demo community: target/kring-demo.war (bin/run) and the
 * tests' deployments. There, accounts with the demo's published passwords are expected; in the product WAR they
 * are a hole, and Kring refuses to start with one.
 */
public interface DemoBuild {
}
