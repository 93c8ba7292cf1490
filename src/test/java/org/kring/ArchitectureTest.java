package org.kring;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;

/**
 * The house rules of Kring's main code (README, "Layers"): platform at the bottom, the features above it,
 * each boundary → control → entity, and the UI layer ({@code org.kring.web}) on top. The build fails on a
 * broken rule; fix the code, never the rule.
 */
@AnalyzeClasses(packages = "org.kring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every feature package, lowest first (a feature may use the controls and entities of those before it). */
    static final String[] FEATURES = {"members", "settings", "notifications", "topics", "follows", "search", "ideas", "votes", "threads",
            "moderation", "responses", "webhooks", "feeds", "channels", "insights", "consistency"};

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("org.kring.(*)..").should().beFreeOfCycles()
            .because("a feature that needs another one must not be needed by it: cycles make features impossible to change alone");

    @ArchTest
    static final ArchRule noCyclesBetweenAnyPackages = slices().matching("org.kring.(**)").should().beFreeOfCycles()
            .because("one direction holds at every level, not only between features (e.g. ideas.control and threads.control)");

    @ArchTest
    static final ArchRule entitiesKnowOnlyEntities = noClasses().that().resideInAPackage("org.kring.*.entity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kring.*.control..", "org.kring.*.boundary..", "org.kring.web..")
            .because("entities are data: rules live in controls, requests in boundaries");

    @ArchTest
    static final ArchRule controlsKnowNoBoundary = noClasses().that().resideInAPackage("org.kring.*.control..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kring.*.boundary..", "org.kring.web..")
            .because("a rule holds the same for the API, the pages and the demo import, so it cannot know which one calls it");

    @ArchTest
    static final ArchRule controlsAndEntitiesSpeakNoWebFramework = noClasses()
            .that().resideInAnyPackage("org.kring.*.control..", "org.kring.*.entity..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..")
            .because("controls throw Kring's own refusals (platform.problems); the boundaries turn them into HTTP or page answers");

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesBoundary = CompositeArchRule.of(Arrays.stream(FEATURES)
            .map(feature -> noClasses().that().resideInAPackage("org.kring." + feature + "..")
                    .should().dependOnClassesThat(resideInAPackage("org.kring.*.boundary..")
                            .and(not(resideInAPackage("org.kring." + feature + "..")))))
            .toList())
            .because("features meet through controls and events; only the UI layer composes several features' pages");

    @ArchTest
    static final ArchRule noFeatureUsesTheUiLayer = noClasses().that().resideInAnyPackage(packages(FEATURES))
            .should().dependOnClassesThat().resideInAPackage("org.kring.web..")
            .because("the UI layer composes features, so a feature that used it would depend on every feature");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses().that().resideInAPackage("org.kring.platform..")
            .should().dependOnClassesThat(resideInAnyPackage(packages(FEATURES)).or(resideInAPackage("org.kring.web..")))
            .because("the platform is what every feature stands on; a feature in it would stand on itself");

    private static String[] packages(String... features) {
        return Arrays.stream(features).map(feature -> "org.kring." + feature + "..").toArray(String[]::new);
    }
}
