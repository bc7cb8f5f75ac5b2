#!/usr/bin/env bash
# Builds the Debian package from build/ (cpack -G DEB) and checks it: its files (the binary,
# the catalog without its tests, the example profiles, man pages, completions) and that its
# Depends names Debian 12's runtime libraries. With --install, installs it (apt, as root or
# with sudo) and runs the installed pacta against the installed catalog.
#   bash scripts/package.sh [--install]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/CMakeCache.txt ] || bash scripts/build.sh -DPACTA_BUILD_TESTS=OFF
cmake --build build -j"$(nproc)" --target pacta pacta_docs
command -v dpkg-shlibdeps >/dev/null || {
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y --no-install-recommends dpkg-dev
}
rm -f build/pacta_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/pacta_*.deb)
echo "package.sh: built $deb"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
fail=0
for f in ./usr/bin/pacta ./usr/share/man/man1/pacta.1 ./usr/share/man/man1/pacta-check.1 \
         ./usr/share/bash-completion/completions/pacta ./usr/share/zsh/vendor-completions/_pacta \
         ./usr/share/fish/vendor_completions.d/pacta.fish ./usr/share/pacta/rules/groups.pacta \
         ./usr/share/pacta/examples/profiles/FRA.yaml ./usr/share/doc/pacta/CI.md; do
  grep -qx -- "$f" <<<"$contents" || { echo "package.sh: $deb lacks $f" >&2; fail=1; }
done
if grep -q -- '_test\.pacta$' <<<"$contents"; then
  echo "package.sh: $deb ships rule tests" >&2; fail=1
fi
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libyaml-cpp0.7 libspdlog1.10 libfmt9 libstdc++6; do
  grep -q "$lib" <<<"$depends" || { echo "package.sh: Depends lacks $lib: $depends" >&2; fail=1; }
done
[ $fail -eq 0 ] || exit 1
echo "package.sh: contents and Depends ($depends) as expected"

if [ "${1:-}" = "--install" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y --no-install-recommends "./$deb" >/dev/null
  dir=$(mktemp -d)
  cd "$dir"
  /usr/bin/pacta --version
  /usr/bin/pacta lint /usr/share/pacta/rules --color never >/dev/null
  status=0
  /usr/bin/pacta check --rules /usr/share/pacta/rules --profiles /usr/share/pacta/examples/profiles \
    --as-of 2014-12-31 --format json -o report.json || status=$?
  [ $status -le 1 ] || { echo "package.sh: the installed pacta check exited $status" >&2; exit 1; }
  grep -q '"schema": "pacta.check/2"' report.json
  cd - >/dev/null
  rm -rf "$dir"
  [ -f /usr/share/man/man1/pacta-check.1 ]
  echo "package.sh: installed; /usr/bin/pacta checks the installed catalog"
fi
