# Sourced by install_test.sh and deb_test.sh: what `cmake --install` must place, relative to the
# prefix, one path a line, sorted. Man pages and prompts are globbed from the source tree, so a
# page or prompt file added there without an install line fails both tests.
# shellcheck shell=bash

expected_install_files() {
  local src=$1 f
  {
    echo bin/ipt
    for f in "$src"/man/*.1; do [[ -e $f ]] && echo "share/man/man1/${f##*/}"; done
    for f in "$src"/man/*.5; do [[ -e $f ]] && echo "share/man/man5/${f##*/}"; done
    echo share/bash-completion/completions/ipt
    echo share/zsh/site-functions/_ipt
    echo share/fish/vendor_completions.d/ipt.fish
    for f in "$src"/prompts/*.toml "$src"/prompts/README.md; do
      [[ -e $f ]] && echo "share/ipt/prompts/${f##*/}"
    done
  } | LC_ALL=C sort
}

# Prints a diff of two sorted lists (expected, actual) and fails when they differ.
same_list() {
  local what=$1 expected=$2 actual=$3
  if ! diff -u --label "expected $what" --label "actual $what" "$expected" "$actual"; then
    echo "FAIL: $what differs from the list above ('-' missing, '+' unexpected)" >&2
    return 1
  fi
}

# Runs ipt ($1) with the arguments that follow in the scratch directory $IPT_SCRATCH, with no
# user journal, config or environment and another working directory than the source tree. Its
# stdout is printed; its stderr goes to $IPT_SCRATCH/stderr, shown when it fails.
run_ipt() {
  local ipt=$1 s=$IPT_SCRATCH
  shift
  mkdir -p "$s/home"
  local env=(env -i PATH=/usr/bin:/bin HOME="$s/home" LANG=C.UTF-8 NO_COLOR=1
    XDG_CONFIG_HOME="$s/config" XDG_DATA_HOME="$s/data" XDG_STATE_HOME="$s/state"
    IPT_DB="$s/journal.db")
  [[ -n ${ASAN_OPTIONS:-} ]] && env+=(ASAN_OPTIONS="$ASAN_OPTIONS")
  [[ -n ${UBSAN_OPTIONS:-} ]] && env+=(UBSAN_OPTIONS="$UBSAN_OPTIONS")
  if ! (cd "$s" && "${env[@]}" "$ipt" "$@" 2>"$s/stderr"); then
    echo "FAIL: $ipt $* failed:" >&2
    cat "$s/stderr" >&2
    return 1
  fi
}

# Checks that ipt ($1) starts, reports version $2, writes and reads a journal and prints this
# week's prompts, in the empty scratch directory $3.
check_binary_runs() {
  local ipt=$1 version=$2 out
  export IPT_SCRATCH=$3
  out=$(run_ipt "$ipt" --version)
  if [[ $out != "ipt $version" ]]; then
    echo "FAIL: $ipt --version printed '$out', expected 'ipt $version'" >&2
    return 1
  fi
  # With another option on the line CLI11 answers, not the early exit in cli/app.cpp: the same.
  out=$(run_ipt "$ipt" --color never --version)
  if [[ $out != "ipt $version" ]]; then
    echo "FAIL: $ipt --color never --version printed '$out', expected 'ipt $version'" >&2
    return 1
  fi
  run_ipt "$ipt" log 6 "installed and running" >/dev/null
  out=$(run_ipt "$ipt" list --format csv)
  if [[ $out != *"installed and running"* ]]; then
    echo "FAIL: $ipt list does not show the check-in just logged:" >&2
    echo "$out" >&2
    return 1
  fi
  # The prompt library is compiled in: this week's prompts need no file outside the binary.
  out=$(run_ipt "$ipt" prompts)
  if ! grep -q '^1\. ' <<<"$out"; then
    echo "FAIL: $ipt prompts printed no prompt:" >&2
    echo "$out" >&2
    return 1
  fi
}

# Fails when the binary at $1 could look for anything in the source tree $2 or the build tree at
# run time: a RUNPATH or RPATH, or the source prompts directory's path compiled in.
check_no_tree_paths() {
  local ipt=$1 src=$2 runpath
  runpath=$(readelf -d "$ipt" | grep -E 'RUNPATH|RPATH' || true)
  if [[ -n $runpath ]]; then
    echo "FAIL: $ipt has a run-time search path: $runpath" >&2
    return 1
  fi
  if grep -qF "$src/prompts" "$ipt"; then
    echo "FAIL: $ipt holds the path $src/prompts: it would read prompts from the source tree" >&2
    return 1
  fi
}
