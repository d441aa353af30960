package io.outpost.views.shell;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the system tray, where the computer has one (Windows, macOS, most Linux
 * desktops); elsewhere there is none and the window's notices are all. AWT runs on its own thread: every call
 * is handed to it, so the UI thread never waits.
 */
final class TrayNotifier implements AutoCloseable {
    private final TrayIcon icon;

    private TrayNotifier(TrayIcon icon) {
        this.icon = icon;
    }

    /** The tray icon, or empty when this computer has no system tray (a server, a bare X display). */
    static Optional<TrayNotifier> install(String tooltip) {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return Optional.empty();
        }
        TrayIcon icon = new TrayIcon(dot(), tooltip);
        icon.setImageAutoSize(true);
        EventQueue.invokeLater(() -> {
            try {
                SystemTray.getSystemTray().add(icon);
            } catch (AWTException e) {
                LoggerFactory.getLogger(TrayNotifier.class).info("No tray icon: {}", e.getMessage());
            }
        });
        return Optional.of(new TrayNotifier(icon));
    }

    void show(String title, String text, boolean warning) {
        EventQueue.invokeLater(() -> icon.displayMessage(title, text,
                warning ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO));
    }

    @Override
    public void close() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }

    // Outpost's blue dot: the tray icon needs a picture, and a drawn one needs no image file.
    private static BufferedImage dot() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0969da));
        g.fillOval(4, 4, 24, 24);
        g.dispose();
        return image;
    }
}
