# Undoes what the installation put outside Outpost's own folder.
root="${DPKG_ROOT:-}"
rm -f "$root/usr/lib/udev/rules.d/@RULES@" "$root/usr/share/applications/@DESKTOP@"
if [ -L "$root/usr/bin/@COMMAND@" ] && [ "$(readlink "$root/usr/bin/@COMMAND@")" = "@APPDIR@/bin/@LAUNCHER@" ]; then
    rm -f "$root/usr/bin/@COMMAND@"
fi
udevadm control --reload-rules >/dev/null 2>&1 || true
update-desktop-database -q "$root/usr/share/applications" >/dev/null 2>&1 || true
