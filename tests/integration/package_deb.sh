#!/usr/bin/env bash
# Builds the Debian package from this build tree and checks what it installs and declares.
set -euo pipefail
build_dir=$1
cd "$build_dir"
cpack -G DEB >/dev/null
deb=$(ls -t sessiondesk_*_amd64.deb | head -n 1)
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/sessiondesk ./usr/bin/sessiondesk-cli ./usr/share/applications/sessiondesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/sessiondesk.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from package: $path"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libqt6keychain1 libqt6svg6 libmaxminddb0 libqt6charts6; do
    grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed: $depends"; exit 1; }
done
# No test program or helper slipped into the package.
if grep -qE "tst_|store-writer" <<<"$contents"; then echo "test files in the package"; exit 1; fi
echo "ok: $deb"
