# bash completion for ipt(1).
# The candidates come from the binary itself (`ipt __complete bash -- WORDS...`), which knows
# every command, option and value it has and reads names, area ids and tags from the journal
# without changing it; tests/cli/test_docs_completion.cpp drives this script in bash.

_ipt() {
    local cur prev words cword
    if declare -F _get_comp_words_by_ref >/dev/null; then
        _get_comp_words_by_ref -n =: cur prev words cword
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
    fi
    # The ipt being completed when it was typed as a path, else the one on PATH.
    local ipt=ipt
    [[ ${words[0]} == */* && -x ${words[0]} ]] && ipt=${words[0]}

    # The word as meant, without the shell's quoting: "Aunt M, 'Aunt M and Aunt\ M are one.
    local typed=${cur#[\"\']}
    typed=${typed//\\/}
    local IFS=$'\n' line
    local -a out
    out=($("$ipt" __complete bash -- "${words[@]:1:cword-1}" "$typed" 2>/dev/null))
    COMPREPLY=()
    # Readline quotes spaces and quotes in what it inserts.
    compopt -o filenames 2>/dev/null
    for line in "${out[@]}"; do
        case $line in
            :files)
                compopt -o filenames 2>/dev/null
                COMPREPLY+=($(compgen -f -- "$cur"))
                ;;
            :dirs)
                compopt -o filenames 2>/dev/null
                COMPREPLY+=($(compgen -d -- "$cur"))
                ;;
            *)
                # bash replaces only the part after = or : of the word being completed.
                if [[ $cur == *[=:]* && $COMP_WORDBREAKS == *=* ]]; then
                    line=${line#"${cur%"${cur##*[=:]}"}"}
                fi
                # NAME= is half a word (NAME=VALUE): no space after it.
                [[ $line == *= ]] && compopt -o nospace 2>/dev/null
                COMPREPLY+=("$line")
                ;;
        esac
    done
} &&
    complete -F _ipt ipt

# ex: filetype=sh
