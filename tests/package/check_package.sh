#!/usr/bin/env bash
# Checks a built tcpviz .deb: unpacked into a staging folder (dpkg-deb -x), every file is
# where the desktop entry, the AppStream file and the program expect it, both validate,
# the dependencies were computed, and the unpacked program runs. With --install (CI, as
# root on a fresh Debian 12) it is also installed with apt and the installed one is run.
set -euo pipefail
deb=$1
install=${2:-}
id=io.github.tcpviz.tcpviz
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
fail() {
  echo "package: $*" >&2
  exit 1
}
expect() { [ -s "$stage$1" ] || fail "$(basename "$deb") lacks $1"; }

dpkg-deb -x "$deb" "$stage"
expect /usr/bin/tcpviz
expect /usr/share/applications/$id.desktop
expect /usr/share/metainfo/$id.metainfo.xml
expect /usr/share/mime/packages/$id.xml
expect /usr/share/man/man1/tcpviz.1.gz
expect /usr/share/icons/hicolor/scalable/apps/$id.svg
for size in 16 24 32 48 64 128 256 512; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
  expect "$png"
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  read -r w0 w1 w2 w3 h0 h1 h2 h3 < <(od -An -tu1 -j16 -N8 "$stage$png")
  [ $((w0 << 24 | w1 << 16 | w2 << 8 | w3)) -eq "$size" ] && [ $((h0 << 24 | h1 << 16 | h2 << 8 | h3)) -eq "$size" ] ||
    fail "$png is not $size x $size pixels"
done

# The desktop entry: valid, running a program the package has, with an icon it has,
# for the MIME types it declares or the system knows.
desktop=$stage/usr/share/applications/$id.desktop
desktop-file-validate "$desktop" || fail "the desktop entry does not validate"
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$stage/usr/bin/$exec_program" ] || fail "the desktop entry runs $exec_program, which the package lacks"
[ "$(sed -n 's/^Icon=//p' "$desktop")" = "$id" ] || fail "the desktop entry names another icon than $id"
grep -q '^MimeType=.*application/x-tcpviz-scenario;' "$desktop" || fail "the desktop entry does not open scenario files"
grep -q 'type="application/x-tcpviz-scenario"' "$stage/usr/share/mime/packages/$id.xml" ||
  fail "the MIME type of scenario files is not defined"

# AppStream: valid, launching that desktop entry, its newest release the version's tag.
metainfo=$stage/usr/share/metainfo/$id.metainfo.xml
appstreamcli validate --no-net "$metainfo" >/dev/null || fail "the AppStream file does not validate"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
  fail "the AppStream file launches another desktop entry"
grep -q "<binary>$exec_program</binary>" "$metainfo" || fail "the AppStream file names another program"

# The dependencies came from the shared libraries.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6svg6 libpcap0.8 libsodium23; do
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

run_checks() {
  local program=$1 out=$stage/out
  mkdir -p "$out"
  local version
  version=$("$program" --version) || fail "$program --version failed"
  [[ $version =~ ^tcpviz\ ([0-9]+\.[0-9]+\.[0-9]+) ]] || fail "$program --version says '$version'"
  local release
  release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
  [ "${BASH_REMATCH[1]}" = "$release" ] ||
    fail "$program is version ${BASH_REMATCH[1]}, the AppStream file's newest release $release"
  "$program" --scenario normal --export "$out/normal.svg" || fail "$program cannot export a diagram"
  grep -q '<svg' "$out/normal.svg" || fail "$program wrote no SVG"
  [ "$(env QT_QPA_PLATFORM=offscreen TCPVIZ_QUIT_WHEN_SHOWN=1 XDG_CONFIG_HOME="$out" "$program" | head -n 1)" = painted ] ||
    fail "$program does not open its window"
  zcat "$stage/usr/share/man/man1/tcpviz.1.gz" | grep -q -- '\\-\\-window' || fail "the man page lacks --window"
}
run_checks "$stage/usr/bin/tcpviz"

if [ "$install" = --install ]; then
  [ "$(id -u)" -eq 0 ] || fail "--install needs root"
  # This build's package, whatever tcpviz is installed already: a build from a clone
  # without the tag is versioned 0.1.0+g<hash>, which dpkg puts after 0.1.0+12+g<hash>.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall --allow-downgrades "$(realpath "$deb")" >/dev/null
  run_checks /usr/bin/tcpviz
  echo "package: installed with apt and ran /usr/bin/tcpviz"
fi
echo "package: $(basename "$deb") holds every file where it is looked for, and runs"
