package org.kring.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens one headless Chromium for a test class and closes it after the class, whatever happened: the class
 * declares a {@code static Browser} field and {@code @ExtendWith(WithBrowser.class)}, and the field holds the
 * browser while its tests run.
 */
public final class WithBrowser implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Field field = browserField(context.getRequiredTestClass());
        field.set(null, new Browser());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Field field = browserField(context.getRequiredTestClass());
        if (field.get(null) instanceof Browser browser) {
            field.set(null, null);
            browser.close();
        }
    }

    private static Field browserField(Class<?> testClass) {
        for (Field field : testClass.getDeclaredFields()) {
            if (field.getType() == Browser.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                return field;
            }
        }
        throw new IllegalStateException(testClass.getName() + " uses WithBrowser but has no static Browser field");
    }
}
