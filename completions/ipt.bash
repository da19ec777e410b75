# bash completion for ipt(1), a journal and mood tracker for Interpersonal Psychotherapy.
#
# Install as ipt.bash (or ipt) in a bash-completion completions directory, or source it from
# ~/.bashrc. It works best with the bash-completion package, and without it too.
# tests/cli/test_docs_completion.cpp checks it against the binary's command tree.

# The first column of `ipt [--db ...] GROUP --format csv`, one value per line: the names of your
# people (GROUP people) or the ids of your problem areas (GROUP area). $1 is the ipt to run, the
# last argument GROUP, and the arguments between (--db/--config as typed) are passed on.
# The CSV is RFC 4180, so a quoted note may hold line breaks: a record goes on while its count
# of '"' is odd. Names never hold commas or line breaks, but may hold '"' (written as "").
_ipt_first_column()
{
    local ipt=$1
    shift
    "$ipt" "$@" --format csv 2>/dev/null | LC_ALL=C awk '
        NR == 1 { next }
        {
            sub(/\r$/, "")
            n = gsub(/"/, "\"")
            if (cont) { if (n % 2) cont = 0; next }
            if (n % 2) cont = 1
            if (substr($0, 1, 1) == "\"") {
                s = substr($0, 2); name = ""
                while ((i = index(s, "\"")) > 0) {
                    name = name substr(s, 1, i - 1)
                    if (substr(s, i + 1, 1) != "\"") break
                    name = name "\""; s = substr(s, i + 2)
                }
                print name
            } else {
                i = index($0, ",")
                print (i ? substr($0, 1, i - 1) : $0)
            }
        }'
}

# Completes person names for the word $cur. With $1 = comma, names after the last comma of a
# comma-separated list ("sam,al" -> "sam,alex"). Readline quotes spaces and quotes itself
# (-o filenames), so "Aunt May" completes whether typed as Aunt\ M, "Aunt M or 'Aunt M.
_ipt_complete_names()
{
    local head= part=$cur name
    if [[ $1 == comma && $part == *,* ]]; then
        head=${part%,*},
        part=${part##*,}
    fi
    # What was typed, without shell quoting: a leading quote and backslash escapes.
    part=${part#[\"\']}
    part=${part//\\/}
    head=${head//\\/}

    local -a names=() found=()
    local IFS=$'\n'
    names=($(_ipt_first_column "$ipt" "${pass[@]}" people))
    unset IFS
    for name in "${names[@]}"; do
        [[ $name == "$part"* ]] && found+=("$head$name")
    done
    if ((${#found[@]} == 0)); then
        # Names match in any case in ipt, so offer them in any case when nothing else fits.
        for name in "${names[@]}"; do
            [[ ${name,,} == "${part,,}"* ]] && found+=("$head$name")
        done
    fi
    compopt -o filenames 2>/dev/null
    COMPREPLY=("${found[@]}")
}

# Completes the ids of this week's reflection prompts, which `ipt prompts` shows in brackets.
_ipt_complete_prompt_ids()
{
    local ids
    ids=$("$ipt" --color never "${pass[@]}" prompts 2>/dev/null |
        sed -n 's/.*\[\([^]]*\)\]$/\1/p')
    COMPREPLY=($(compgen -W "$ids" -- "$cur"))
}

# Completes the ids of your problem areas (and, with $1 = none, the word none).
_ipt_complete_areas()
{
    local ids
    ids="$(_ipt_first_column "$ipt" "${pass[@]}" area) $1"
    COMPREPLY=($(compgen -W "$ids" -- "$cur"))
}

_ipt()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null; then
        _init_completion -s -n : || return
    else
        COMPREPLY=()
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        if [[ $cur == --*=* ]]; then
            prev=${cur%%=*}
            cur=${cur#*=}
            split=true
        elif [[ $cur == = && $prev == --* ]]; then
            cur=
            split=true
        elif [[ $prev == = && $cword -ge 2 && ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
            prev=${COMP_WORDS[COMP_CWORD - 2]}
            split=true
        fi
    fi

    local commands='log event list ls show edit rm people inventory area course phase prompts
        reflect'
    local -A subcommands=(
        [people]='add edit show rm circle'
        [area]='add show focus stage resolve reopen'
        [course]='start end edit list'
        [phase]='set auto'
        [prompts]='check'
    )
    local person='--circle --role --note --contact --satisfying --unsatisfying
        --my-expectations --their-expectations --change'
    local shape='-d --date --weeks --initial-weeks --termination-weeks'
    local -A options=(
        [ipt]='-h --help --version --db --config --color -q --quiet'
        [log]='-h --help -d --date --anxiety --energy --sleep -t --tag --with --event --kind
            --impact --feel --area'
        [event]='-h --help --with --kind --impact --feel -d --date -t --tag --area'
        [list]='-h --help --from --to --on -n --with --kind --tag --contains --area --moods
            --events --format'
        [show]='-h --help --format'
        [edit]='-h --help --mood --note --text -d --date --anxiety --energy --sleep --kind
            --impact --feel -t --tag --with --area --clear'
        [rm]='-h --help -y --yes'
        [people]='-h --help --format'
        [people add]="-h --help $person"
        [people edit]="-h --help $person --rename"
        [people show]='-h --help --format'
        [people rm]='-h --help --force'
        [people circle]='-h --help --format --width'
        [inventory]='-h --help --format'
        [area]='-h --help --format'
        [area add]='-h --help --with --stage'
        [area show]='-h --help --format'
        [area focus]='-h --help'
        [area stage]='-h --help'
        [area resolve]='-h --help --note'
        [area reopen]='-h --help'
        [course]='-h --help --format'
        [course start]="-h --help $shape"
        [course end]='-h --help -d --date'
        [course edit]="-h --help $shape"
        [course list]='-h --help --format'
        [phase]='-h --help --format'
        [phase set]='-h --help'
        [phase auto]='-h --help'
        [prompts]='-h --help --week -n --prompts --format'
        [prompts check]='-h --help --format'
        [reflect]='-h --help --week -n --prompts --prompt'
    )
    options[ls]=${options[list]}
    # Options that take a value, so the word after them is not a command or an argument.
    local takes_value=' --db --config --color -d --date --anxiety --energy --sleep -t --tag
        --with --event --kind --impact --feel --area --from --to --on -n --contains --format
        --mood --note --text --clear --circle --role --contact --satisfying --unsatisfying
        --my-expectations --their-expectations --change --rename --width --stage --weeks
        --initial-weeks --termination-weeks --week --prompts --prompt '
    takes_value=${takes_value//$'\n'/ }

    # The ipt to run for names and ids: the one being completed when typed as a path, else ipt.
    # The journal and configuration options on the line are passed on.
    local ipt=ipt
    [[ ${words[0]} == */* && -x ${words[0]} ]] && ipt=${words[0]}
    local -a pass=()

    # The command ("log", "people add"), and how many arguments it has been given so far.
    local cmd= npos=0 i w
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --db | --config)
                [[ -z $cmd ]] && pass+=("$w" "${words[i + 1]}")
                ((i++))
                continue
                ;;
            --db=* | --config=*)
                [[ -z $cmd ]] && pass+=("$w")
                continue
                ;;
            -*)
                [[ $takes_value == *" $w "* ]] && ((i++))
                continue
                ;;
        esac
        if [[ -z $cmd ]]; then
            cmd=$w
        elif ((npos == 0)) && [[ $cmd != *' '* && " ${subcommands[$cmd]} " == *" $w "* ]]; then
            cmd="$cmd $w"
        else
            ((npos++))
        fi
    done

    # The value of an option.
    case $prev in
        --db | --config | --prompts)
            local only_dirs=
            [[ $prev == --prompts ]] && only_dirs=-d
            if declare -F _filedir >/dev/null; then
                _filedir $only_dirs
            else
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen ${only_dirs:--f} -- "$cur"))
            fi
            return
            ;;
        --prompt) _ipt_complete_prompt_ids ;;
        --color) COMPREPLY=($(compgen -W 'auto always never' -- "$cur")) ;;
        --format)
            case $cmd in
                course | phase | 'people circle' | 'prompts check') w='text json' ;;
                inventory) w='text json markdown' ;;
                prompts) w='text json csv markdown' ;;
                *) w='text json csv' ;;
            esac
            COMPREPLY=($(compgen -W "$w" -- "$cur"))
            ;;
        --kind)
            COMPREPLY=($(compgen -W 'conflict support closeness loss change avoidance talk
                other' -- "$cur"))
            ;;
        --circle) COMPREPLY=($(compgen -W 'inner middle outer' -- "$cur")) ;;
        --contact) COMPREPLY=($(compgen -W 'daily weekly monthly rarely' -- "$cur")) ;;
        --stage) COMPREPLY=($(compgen -W 'renegotiation impasse dissolution' -- "$cur")) ;;
        --clear)
            COMPREPLY=($(compgen -W 'anxiety energy sleep impact note with tags feel' -- "$cur"))
            ;;
        --area) _ipt_complete_areas none ;;
        --with)
            if [[ $cmd == list || $cmd == ls ]]; then
                _ipt_complete_names
            else
                _ipt_complete_names comma
            fi
            ;;
        -d | --date | --from | --to | --on | --week)
            COMPREPLY=($(compgen -W 'today yesterday monday tuesday wednesday thursday friday
                saturday sunday' -- "$cur"))
            ;;
    esac
    # Any other option with a value (a note, a number) has nothing to offer.
    [[ $takes_value == *" $prev "* ]] && return
    $split && return

    if [[ $cur == -* ]]; then
        local key=${cmd:-ipt}
        [[ -v options[$key] ]] && COMPREPLY=($(compgen -W "${options[$key]}" -- "$cur"))
        return
    fi
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    if [[ -n ${subcommands[$cmd]} ]]; then
        ((npos == 0)) && COMPREPLY=($(compgen -W "${subcommands[$cmd]}" -- "$cur"))
        return
    fi
    # Arguments.
    case "$cmd:$npos" in
        'people edit:0' | 'people show:0' | 'people rm:0') _ipt_complete_names ;;
        'area add:0')
            COMPREPLY=($(compgen -W 'grief dispute transition deficits' -- "$cur"))
            ;;
        'area show:0' | 'area focus:0' | 'area stage:0' | 'area resolve:0' | 'area reopen:0')
            _ipt_complete_areas
            ;;
        'area stage:1')
            COMPREPLY=($(compgen -W 'renegotiation impasse dissolution' -- "$cur"))
            ;;
        'phase set:0')
            COMPREPLY=($(compgen -W 'initial middle termination maintenance' -- "$cur"))
            ;;
        'prompts check:'*)
            if declare -F _filedir >/dev/null; then
                _filedir
            else
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "$cur"))
            fi
            ;;
    esac
} &&
    complete -F _ipt ipt

# ex: filetype=sh
