package org.kring.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Kring's icon, a white ring ("kring") on a rounded square in the community's colour: as SVG, as PNG of any
 * size (drawn with Java2D, no fonts needed) and as an ICO that holds a 32 px PNG.
 */
final class AppIcon {

    private final String color;

    /** @param color the brand colour, #rrggbb (KringConfig checks it) */
    AppIcon(String color) {
        this.color = color;
    }

    byte[] svg() {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"14\" fill=\"" + color + "\"/>"
                + "<circle cx=\"32\" cy=\"32\" r=\"17\" fill=\"none\" stroke=\"#fff\" stroke-width=\"8\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The same drawing as the SVG, SIZE pixels square; square corners when it is a maskable/touch icon. */
    byte[] png(int size, boolean fullBleed) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double unit = size / 64.0;
            g.setColor(Color.decode(color));
            double corner = fullBleed ? 0 : 28 * unit;
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, corner, corner));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (8 * unit)));
            g.draw(new Ellipse2D.Double(15 * unit, 15 * unit, 34 * unit, 34 * unit));
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ICO file with one 32 × 32 PNG image (PNG inside ICO is understood by every browser in use). */
    byte[] ico() {
        byte[] png = png(32, false);
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        ico.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0); // width, height, no palette, reserved
        ico.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
        ico.putInt(png.length).putInt(6 + 16); // image size, offset
        ico.put(png);
        return ico.array();
    }
}
