package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconTest {

    private final AppIcon icon = new AppIcon("#0b5cad");

    @Test
    void pngIsTheBrandColourWithAWhiteRing() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(icon.png(192, false)));
        assertThat(png.getWidth()).isEqualTo(192);
        assertThat(png.getRGB(96, 10) & 0xffffff).as("background").isEqualTo(0x0b5cad);
        assertThat(png.getRGB(96, 96) & 0xffffff).as("inside the ring").isEqualTo(0x0b5cad);
        assertThat(png.getRGB(96, 48) & 0xffffff).as("on the ring").isEqualTo(0xffffff);
        assertThat(png.getRGB(0, 0) >>> 24).as("rounded corner").isZero();
    }

    @Test
    void icoHoldsOne32PixelPng() throws IOException {
        byte[] ico = icon.ico();
        assertThat(Arrays.copyOf(ico, 8)).containsExactly(0, 0, 1, 0, 1, 0, 32, 32);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(ico, 22, ico.length)));
        assertThat(png.getWidth()).isEqualTo(32);
    }

    @Test
    void svgIsInTheBrandColour() {
        assertThat(new String(icon.svg(), StandardCharsets.UTF_8)).startsWith("<svg").contains("fill=\"#0b5cad\"");
    }
}
