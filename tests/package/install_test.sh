#!/usr/bin/env bash
# ctest package.install: `cmake --install` of a build directory into a scratch DESTDIR, with
# prefix /usr. Fails when a file is missing, unexpected, different from its source or has the
# wrong mode, or when the installed ipt does not run on its own.
# Usage: install_test.sh SOURCE_DIR BUILD_DIR VERSION [CMAKE]
set -euo pipefail
src=$1 build=$2 version=$3 cmake=${4:-cmake}
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
# shellcheck source-path=SCRIPTDIR
. "$here/expected_files.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

# Files get their modes from the install rules; directories, made with mkdir, from the umask of
# whoever installs, as with make install: the usual one here.
umask 022
if ! DESTDIR=$root "$cmake" --install "$build" --prefix /usr >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log" >&2
  echo "FAIL: cmake --install $build failed" >&2
  exit 1
fi

expected_install_files "$src" >"$tmp/expected"
(cd "$root/usr" && find . ! -type d | sed 's|^\./||' | LC_ALL=C sort) >"$tmp/actual"
same_list "files under DESTDIR/usr" "$tmp/expected" "$tmp/actual"

status=0
# Each installed file is its source, unchanged; everything is world-readable.
while read -r f; do
  case $f in
    bin/ipt) from=$build/ipt ;;
    share/man/man[0-9]/*) from=$src/man/${f##*/} ;;
    share/bash-completion/completions/ipt) from=$src/completions/ipt.bash ;;
    share/zsh/site-functions/_ipt) from=$src/completions/_ipt ;;
    share/fish/vendor_completions.d/ipt.fish) from=$src/completions/ipt.fish ;;
    share/ipt/prompts/*) from=$src/prompts/${f##*/} ;;
    *) from= ;;
  esac
  if [[ -n $from ]] && ! cmp -s "$from" "$root/usr/$f"; then
    echo "FAIL: usr/$f differs from $from" >&2
    status=1
  fi
  mode=$(stat -c %a "$root/usr/$f")
  want=644
  [[ $f == bin/* ]] && want=755
  if [[ $mode != "$want" ]]; then
    echo "FAIL: usr/$f has mode $mode, expected $want" >&2
    status=1
  fi
done <"$tmp/expected"
while read -r d; do
  mode=$(stat -c %a "$d")
  if [[ $mode != 755 ]]; then
    echo "FAIL: directory ${d#"$root"} has mode $mode, expected 755" >&2
    status=1
  fi
done < <(find "$root/usr" -type d)
((status == 0)) || exit 1

check_no_tree_paths "$root/usr/bin/ipt" "$src"
mkdir "$tmp/run"
check_binary_runs "$root/usr/bin/ipt" "$version" "$tmp/run"
# The installed prompt files are the library's sources: they pass ipt's own check.
run_ipt "$root/usr/bin/ipt" prompts check "$root/usr/share/ipt/prompts"
echo "PASS: $(wc -l <"$tmp/expected") files installed under DESTDIR/usr; the installed ipt runs"
