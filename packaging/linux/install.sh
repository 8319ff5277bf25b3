#!/bin/sh
# Install this DebtLens folder (the unpacked tarball) for the current user, no root needed, or remove it again.
#
#   ./install.sh               copies the folder to ~/.local/opt/DebtLens, puts `debtlens` in ~/.local/bin and
#                              DebtLens (明白账) in the applications menu
#   ./install.sh --uninstall   removes all of that again; your ledger (~/.local/share/DebtLens) is kept
#
# PREFIX=/some/where ./install.sh installs under that folder instead of ~/.local (PREFIX=/usr/local as root for
# every user). The program needs nothing else from the system than a desktop (X11 or Wayland) and, for Chinese,
# a Chinese font such as fonts-wqy-microhei or fonts-noto-cjk; `debtlens --self-test` checks an installed copy.
set -eu

id=org.debtlens.DebtLens
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
dest=$prefix/opt/DebtLens
share=$prefix/share

refresh_menus() {
    # menus notice new .desktop files by themselves; an icon theme with a cache needs telling
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$dest"
    rm -f "$prefix/bin/debtlens" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$id.svg" "$share/icons/hicolor/256x256/apps/$id.png"
    refresh_menus
    echo "DebtLens removed from $prefix (your data in ~/.local/share/DebtLens is kept)"
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$here/DebtLens" ] || [ ! -d "$here/share" ]; then
    echo "install.sh: $here is not an unpacked DebtLens folder (DebtLens and share/ are missing)" >&2
    exit 1
fi

case $dest in
    *[\"\\\`\$\|\&]*)
        echo "install.sh: the menu entry cannot name a folder with \" \\ \` \$ | or & in it: $dest (set PREFIX)" >&2
        exit 1 ;;
esac

if [ "$here" != "$dest" ]; then
    rm -rf "$dest.new"
    mkdir -p "$prefix/opt"
    cp -a "$here" "$dest.new"
    rm -rf "$dest"
    mv "$dest.new" "$dest"
fi
mkdir -p "$prefix/bin" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps" \
    "$share/icons/hicolor/256x256/apps"
ln -sf "$dest/DebtLens" "$prefix/bin/debtlens"
# the menu entry starts this copy by its full path: ~/.local/bin is not on every desktop session's PATH
sed "s|^Exec=debtlens|Exec=\"$dest/DebtLens\"|" "$dest/share/applications/$id.desktop" \
    > "$share/applications/$id.desktop"
cp "$dest/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
cp "$dest/share/icons/hicolor/scalable/apps/$id.svg" "$share/icons/hicolor/scalable/apps/"
cp "$dest/share/icons/hicolor/256x256/apps/$id.png" "$share/icons/hicolor/256x256/apps/"
refresh_menus
echo "DebtLens installed in $dest: start it from the applications menu, or run $prefix/bin/debtlens"
