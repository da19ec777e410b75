#!/usr/bin/env bash
# ctest package.deb: `cpack -G DEB` of a build directory into a scratch directory, then the
# package checked with dpkg-deb: its control fields (Depends from dpkg-shlibdeps, covering
# every library the binary loads), its files, owners and modes, the copyright file and the
# changelog, and the packaged ipt run. Not registered under IPT_SANITIZE: that binary needs
# libasan, which no package should depend on.
# Usage: deb_test.sh SOURCE_DIR BUILD_DIR VERSION ICU_MAJOR [CPACK]
set -euo pipefail
src=$1 build=$2 version=$3 icu_major=$4 cpack=${5:-cpack}
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
# shellcheck source-path=SCRIPTDIR
. "$here/expected_files.sh"

for tool in dpkg-deb dpkg-shlibdeps dpkg-parsechangelog file readelf; do
  if ! command -v "$tool" >/dev/null; then
    echo "FAIL: $tool is missing (scripts/bootstrap installs dpkg-dev, file and binutils)" >&2
    exit 1
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() {
  echo "FAIL: $*" >&2
  status=1
}

# Under umask 077, on purpose: the package's modes must not depend on the packager's umask.
if ! (umask 077 && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out") \
  >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  echo "FAIL: cpack -G DEB failed" >&2
  exit 1
fi
arch=$(dpkg --print-architecture)
deb_version=$(dpkg-parsechangelog -l "$src/packaging/changelog" -S Version)
deb=$tmp/out/ipt_${deb_version}_${arch}.deb
if [[ ! -f $deb ]]; then
  echo "FAIL: cpack made no $(basename "$deb"); it made:" >&2
  ls "$tmp/out" >&2
  exit 1
fi

# --- control fields ---------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == ipt ]] || fail "Package is '$(field Package)', expected ipt"
[[ $(field Version) == "$deb_version" ]] ||
  fail "Version is '$(field Version)', packaging/changelog's newest entry is $deb_version"
[[ $deb_version == "$version"-* ]] ||
  fail "packaging/changelog's newest entry is $deb_version, not for project() version $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)'"
[[ $(field Section) == utils ]] || fail "Section is '$(field Section)', expected utils"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] ||
  fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
description=$(field Description)
[[ -n ${description%%$'\n'*} ]] || fail "Description has no summary line"
[[ $description == *$'\n'* ]] || fail "Description has no long description"
if awk 'length > 80 { bad = 1 } END { exit !bad }' <<<"$description"; then
  fail "Description has a line over 80 columns"
fi

# Depends: each library ipt loads, through the package that holds it, with the version bound
# only dpkg-shlibdeps writes, and the ICU that ipt dlopens (src/text/unicode.cpp).
depends=$(field Depends)
owner() {
  local path=$1 pkg
  for p in "$path" "$(readlink -f "$path")" "/usr${path#/usr}" "${path#/usr}"; do
    if pkg=$(dpkg -S "$p" 2>/dev/null); then
      pkg=${pkg%%:*}
      echo "${pkg%%,*}"
      return 0
    fi
  done
  return 1
}
mkdir "$tmp/x"
dpkg-deb -x "$deb" "$tmp/x"
ipt=$tmp/x/usr/bin/ipt
needed=$(readelf -d "$ipt" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[[ -n $needed ]] || fail "the packaged ipt needs no shared library: is it the right file?"
for so in $needed; do
  path=$(ldd "$ipt" | awk -v so="$so" '$1 == so { print $3 }')
  if [[ -z $path ]] || ! pkg=$(owner "$path"); then
    fail "no package holds $so (ldd: '${path:-not found}')"
    continue
  fi
  [[ ", $depends" == *", $pkg ("* ]] ||
    fail "Depends lacks '$pkg (>= ...)' for $so: Depends: $depends"
done
# awk reads to the end: an early exit would kill ldconfig with SIGPIPE, which pipefail reports.
icu=$(ldconfig -p | awk -v so="libicuuc.so.$icu_major" '$1 == so && !found { print $NF; found = 1 }')
if [[ -z $icu ]] || ! icu_pkg=$(owner "$icu"); then
  fail "libicuuc.so.$icu_major is not installed here, or no package holds it"
elif [[ ", $depends, " != *", $icu_pkg, "* ]]; then
  fail "Depends lacks $icu_pkg, the ICU ipt loads at run time: Depends: $depends"
fi
[[ $depends != *libasan* && $depends != *libubsan* ]] || fail "Depends names a sanitizer"

# --- files --------------------------------------------------------------------------------------
{
  # Debian's zsh searches vendor-completions; man pages are gzipped (packaging/cpack.cmake).
  expected_install_files "$src" |
    sed 's|^share/zsh/site-functions/|share/zsh/vendor-completions/|; s|^share/man/.*|&.gz|'
  echo share/doc/ipt/changelog.Debian.gz
  echo share/doc/ipt/copyright
} | LC_ALL=C sort >"$tmp/expected"
dpkg-deb -c "$deb" >"$tmp/contents"
awk '$1 !~ /^d/ { sub(/^\.\/usr\//, "", $6); print $6 }' "$tmp/contents" | LC_ALL=C sort \
  >"$tmp/actual"
same_list "files in the .deb under /usr" "$tmp/expected" "$tmp/actual" || status=1
awk '$6 !~ /^\.\/usr\// { print "FAIL: outside /usr: " $6; bad = 1 }
     $2 != "root/root" { print "FAIL: " $6 " is owned by " $2; bad = 1 }
     $1 ~ /^d/ && $1 != "drwxr-xr-x" { print "FAIL: directory " $6 " is " $1; bad = 1 }
     $1 ~ /^-/ && $6 != "./usr/bin/ipt" && $1 != "-rw-r--r--" { print "FAIL: " $6 " is " $1; bad = 1 }
     $6 == "./usr/bin/ipt" && $1 != "-rwxr-xr-x" { print "FAIL: " $6 " is " $1; bad = 1 }
     $1 !~ /^[-d]/ { print "FAIL: " $6 " is neither a file nor a directory"; bad = 1 }
     END { exit bad }' "$tmp/contents" >&2 || status=1

mkdir "$tmp/control"
dpkg-deb -e "$deb" "$tmp/control"
(cd "$tmp/x" && md5sum -c --quiet "$tmp/control/md5sums") >&2 || fail "md5sums do not match"
[[ $(file -b "$ipt") == *", stripped"* ]] || fail "usr/bin/ipt is not stripped: $(file -b "$ipt")"

doc=$tmp/x/usr/share/doc/ipt
if [[ -f $doc/copyright ]]; then
  cmp -s "$src/packaging/copyright" "$doc/copyright" || fail "copyright is not packaging/copyright"
  head -1 "$doc/copyright" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "copyright does not start with the DEP-5 Format line"
  grep -q '^License: ' "$doc/copyright" || fail "copyright names no licence"
fi
# $1 (in the package) is $2 (in the source tree) compressed with gzip -n: no file name (FLG
# bit 3) and a zero time stamp in the header, so the package is reproducible.
same_gzipped() {
  local gz=$1 from=$2 head
  if [[ ! -f $gz ]]; then
    return 0  # already reported by the file list
  fi
  if ! gzip -t "$gz" 2>/dev/null; then
    fail "${gz#"$tmp/x/"} is not gzip"
    return 0
  fi
  gunzip -c "$gz" | cmp -s - "$from" || fail "${gz#"$tmp/x/"} is not $from, compressed"
  read -r -a head < <(od -An -tu1 -N8 "$gz")
  (((head[3] & 8) == 0 && head[4] + head[5] + head[6] + head[7] == 0)) ||
    fail "${gz#"$tmp/x/"} holds a file name or time stamp (not gzip -n)"
}
same_gzipped "$doc/changelog.Debian.gz" "$src/packaging/changelog"
for page in "$src"/man/*.[15]; do
  same_gzipped "$tmp/x/usr/share/man/man${page##*.}/${page##*/}.gz" "$page"
done
((status == 0)) || exit 1

check_no_tree_paths "$ipt" "$src"
mkdir "$tmp/run"
check_binary_runs "$ipt" "$version" "$tmp/run"
echo "PASS: $(basename "$deb"), $(wc -l <"$tmp/expected") files; Depends: $depends"
