#!/usr/bin/env bash
# Builds Outcome-Tracker-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin.
# Needs: the build dependencies of README.md, and linuxdeploy-x86_64.AppImage plus
# linuxdeploy-plugin-qt-x86_64.AppImage (https://github.com/linuxdeploy) on PATH or in $LINUXDEPLOY_DIR.
# Build on the oldest distribution you want to support: the AppImage uses that system's C library.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$source_dir/build-appimage}
tools=${LINUXDEPLOY_DIR:-}
linuxdeploy=${tools:+$tools/}linuxdeploy-x86_64.AppImage
export PATH=${tools:+$tools:}$PATH

cmake -S "$source_dir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
      -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$work/build"
rm -rf "$work/AppDir"
DESTDIR="$work/AppDir" cmake --install "$work/build"

app_id=org.outcometracker.OutcomeTracker
# The database drivers are loaded as plugins; name them so the Qt plugin deploys them with the platform plugins.
# Install libqt6sql6-psql before building, so that the AppImage carries the PostgreSQL driver (with libpq) for a
# clinic server as well as the SQLite one.
export EXTRA_QT_PLUGINS="sqldrivers;svg"
export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake)}
cd "$work"
"$linuxdeploy" --appdir AppDir \
    --desktop-file "AppDir/usr/share/applications/$app_id.desktop" \
    --icon-file "AppDir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --executable AppDir/usr/bin/outcome-tracker \
    --executable AppDir/usr/bin/outcome-tracker-cli \
    --executable AppDir/usr/bin/outcome-tracker-cli-draw \
    --plugin qt --output appimage
