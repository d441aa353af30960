# Outpost's place in the system, outside its own folder: the udev rule for its devices, the menu entry and the
# outpost command. Nothing here may fail the installation: a server without a desktop, or a container without
# udev, installs Outpost all the same. DPKG_ROOT is set when dpkg installs into another root (else empty).
root="${DPKG_ROOT:-}"
if mkdir -p "$root/usr/lib/udev/rules.d" && cp "$root@APPDIR@/lib/linux/@RULES@" "$root/usr/lib/udev/rules.d/@RULES@"; then
    udevadm control --reload-rules >/dev/null 2>&1 || true
    udevadm trigger --subsystem-match=tty --action=change >/dev/null 2>&1 || true
fi
if mkdir -p "$root/usr/share/applications" && cp "$root@APPDIR@/lib/linux/@DESKTOP@" "$root/usr/share/applications/@DESKTOP@"; then
    update-desktop-database -q "$root/usr/share/applications" >/dev/null 2>&1 || true
fi
mkdir -p "$root/usr/bin" && ln -sf "@APPDIR@/bin/@LAUNCHER@" "$root/usr/bin/@COMMAND@" || true
# The rule opens the devices to whoever is logged in at this computer's screen. Someone who uses them over SSH
# or from a service needs the group the serial ports belong to.
serial_group=dialout
getent group dialout >/dev/null 2>&1 || serial_group=uucp
if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] && ! id -nG "$SUDO_USER" 2>/dev/null | tr ' ' '\n' | grep -qx "$serial_group"; then
    echo "Outpost: $SUDO_USER can use USB devices while logged in at this computer's screen."
    echo "Outpost: to use them over SSH or from a service too, run: sudo usermod -aG $serial_group $SUDO_USER (then log in again)."
fi
