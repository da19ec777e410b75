# fish completion for ipt(1), a journal and mood tracker for Interpersonal Psychotherapy.
#
# Install as ipt.fish in a fish completions directory (~/.config/fish/completions/).
# tests/cli/test_docs_completion.cpp checks that every command and long option of the binary is here.

# Options that take a value, so the word after them is not a command or a name.
set -g __ipt_takes_value --db --config --color -d --date --anxiety --energy --sleep -t --tag \
    --with --event --kind --impact --feel --area --from --to --on -n --contains --format --mood \
    --note --text --clear --circle --role --contact --satisfying --unsatisfying \
    --my-expectations --their-expectations --change --rename --width --stage --weeks \
    --initial-weeks --termination-weeks --week --prompts --prompt

# The subcommands of each command that has them.
function __ipt_subcommands
    switch $argv[1]
        case people
            echo add edit show rm circle
        case area
            echo add show focus stage resolve reopen
        case course
            echo start end edit list
        case phase
            echo set auto
        case prompts
            echo check
    end
end

# Where the cursor is: prints the command ("log", "people show", or nothing yet), then the
# number of arguments given to it. "ipt people show Sam " prints "people show" and "1".
function __ipt_where
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l cmd
    set -l npos 0
    set -l skip 0
    for t in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $t
            case '-*'
                contains -- $t $__ipt_takes_value; and set skip 1
            case '*'
                if test -z "$cmd"
                    set cmd $t
                else if test $npos = 0; and contains -- $t (string split ' ' (__ipt_subcommands $cmd))
                    set cmd "$cmd $t"
                else
                    set npos (math $npos + 1)
                end
        end
    end
    echo $cmd
    echo $npos
end

# True when the command at the cursor is one of the arguments ("" for none yet).
function __ipt_is
    set -l where (__ipt_where)
    contains -- "$where[1]" $argv
end

# True when the command at the cursor is one of $argv[2..] and has been given $argv[1]
# arguments so far: "__ipt_at 0 'people show'" is true for "ipt people show ".
function __ipt_at
    set -l where (__ipt_where)
    test "$where[2]" = $argv[1]; and contains -- "$where[1]" $argv[2..-1]
end

# The first column of `ipt GROUP --format csv`: the names of your people (GROUP people) or the
# ids of your problem areas (GROUP area), from the journal named on the line (--db, --config),
# if any. The CSV is RFC 4180, so a quoted note may hold line breaks: a record goes on while its
# count of '"' is odd. Names never hold commas or line breaks, but may hold '"' (written as "").
function __ipt_first_column
    set -l tokens (commandline -opc)
    set -l ipt ipt
    if string match -q -- '*/*' $tokens[1]; and test -x $tokens[1]
        set ipt $tokens[1]
    end
    command -q $ipt; or return
    set -l pass
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case --db --config
                set -l next (math $i + 1)
                set -q tokens[$next]; and set -a pass $tokens[$i] $tokens[$next]
                set i $next
            case '--db=*' '--config=*'
                set -a pass $tokens[$i]
            case --color
                set i (math $i + 1)
            case '-*'
            case '*'
                break
        end
        set i (math $i + 1)
    end
    $ipt $pass $argv[1] --format csv 2>/dev/null | LC_ALL=C awk '
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
end

function __ipt_people_names
    __ipt_first_column people
end

function __ipt_area_ids
    __ipt_first_column area
end

# The ids of this week's reflection prompts, which `ipt prompts` shows in brackets.
function __ipt_prompt_ids
    set -l tokens (commandline -opc)
    set -l ipt ipt
    if string match -q -- '*/*' $tokens[1]; and test -x $tokens[1]
        set ipt $tokens[1]
    end
    command -q $ipt; or return
    set -l pass (string match -r -- '^--(?:db|config)=.*' $tokens)
    set -l i (contains -i -- --db $tokens); and set -a pass --db $tokens[(math $i + 1)]
    set -l i (contains -i -- --config $tokens); and set -a pass --config $tokens[(math $i + 1)]
    $ipt --color never $pass prompts 2>/dev/null | string replace -rf '.*\[([^]]*)\]$' '$1'
end

# Names for --with, which takes a comma-separated list: "sam,al" completes to "sam,alex".
function __ipt_people_list
    # The part before the last comma ("" when none); --with=... is the same as --with ...
    set -l token (string replace -r -- '^--[^=]*=' '' (commandline -ct))
    set -l head (string replace -r -- '[^,]*$' '' "$token")
    for name in (__ipt_people_names)
        echo $head$name
    end
end

function __ipt_when
    printf '%s\t%s\n' today today yesterday yesterday -1d 'N days ago: -Nd' \
        monday 'the most recent Monday' tuesday 'the most recent Tuesday' \
        wednesday 'the most recent Wednesday' thursday 'the most recent Thursday' \
        friday 'the most recent Friday' saturday 'the most recent Saturday' \
        sunday 'the most recent Sunday'
end

set -l kinds 'conflict support closeness loss change avoidance talk other'
set -l stages 'renegotiation impasse dissolution'
set -l phases 'initial middle termination maintenance'
set -l formats 'text json csv'
set -l scale '0 1 2 3 4 5 6 7 8 9 10'
set -l impacts '-3 -2 -1 0 +1 +2 +3'

complete -c ipt -f

# Global options and the commands
complete -c ipt -n '__ipt_is ""' -s h -l help -d 'Print help and exit'
complete -c ipt -n '__ipt_is ""' -l version -d 'Print the version and exit'
complete -c ipt -n '__ipt_is ""' -l db -r -F -d 'The journal file to use'
complete -c ipt -n '__ipt_is ""' -l config -r -F -d 'The configuration file (TOML)'
complete -c ipt -n '__ipt_is ""' -l color -x -a 'auto always never' -d 'When to colour text output'
complete -c ipt -n '__ipt_is ""' -s q -l quiet -d 'Print only data and errors'
complete -c ipt -n '__ipt_is ""' -a log -d 'Record a mood check-in (optionally with an event)'
complete -c ipt -n '__ipt_is ""' -a event -d 'Record a relationship event'
complete -c ipt -n '__ipt_is ""' -a list -d 'Show the timeline, oldest first, grouped by day'
complete -c ipt -n '__ipt_is ""' -a ls -d 'Show the timeline (same as list)'
complete -c ipt -n '__ipt_is ""' -a show -d 'Show one entry in full'
complete -c ipt -n '__ipt_is ""' -a edit -d 'Change an entry'
complete -c ipt -n '__ipt_is ""' -a rm -d 'Delete an entry'
complete -c ipt -n '__ipt_is ""' -a people -d 'The people in your life: list, add, edit, show, rm, circle'
complete -c ipt -n '__ipt_is ""' -a inventory -d 'Walk through the interpersonal inventory, or print it'
complete -c ipt -n '__ipt_is ""' -a area -d 'Problem areas: add, focus, stage, resolve'
complete -c ipt -n '__ipt_is ""' -a course -d 'The course of therapy: start, end, edit, list'
complete -c ipt -n '__ipt_is ""' -a phase -d 'The current phase of the course; set or auto'
complete -c ipt -n '__ipt_is ""' -a prompts -d "This week's reflection prompts; check prompt files"
complete -c ipt -n '__ipt_is ""' -a reflect -d "Answer this week's reflection prompts"

# Every command and subcommand has -h, --help
complete -c ipt -n 'not __ipt_is ""' -s h -l help -d 'Print help and exit'

# ipt log MOOD [NOTE...]
complete -c ipt -n '__ipt_is log' -s d -l date -x -a '(__ipt_when)' -d 'When it happened'
complete -c ipt -n '__ipt_is log' -l anxiety -x -a "$scale" -d 'How anxious, 0 (not at all) to 10'
complete -c ipt -n '__ipt_is log' -l energy -x -a "$scale" -d 'How much energy, 0 (none) to 10'
complete -c ipt -n '__ipt_is log' -l sleep -x -d 'Hours slept, 0 to 24'
complete -c ipt -n '__ipt_is log' -s t -l tag -x -d 'A tag (repeat, or separate with commas)'
complete -c ipt -n '__ipt_is log' -l with -x -a '(__ipt_people_list)' -d 'Someone involved'
complete -c ipt -n '__ipt_is log' -l event -x -d 'Also record a relationship event'
complete -c ipt -n '__ipt_is log' -l kind -x -a "$kinds" -d 'The kind of event'
complete -c ipt -n '__ipt_is log' -l impact -x -a "$impacts" -d 'How the event moved your mood'
complete -c ipt -n '__ipt_is log' -l feel -x -d 'A feeling during the event'
complete -c ipt -n '__ipt_is log' -l area -x -a '(__ipt_area_ids) none' -d 'Attach to this problem area'

# ipt event TEXT...
complete -c ipt -n '__ipt_is event' -l with -x -a '(__ipt_people_list)' -d 'Who was involved'
complete -c ipt -n '__ipt_is event' -l kind -x -a "$kinds" -d 'The kind of event'
complete -c ipt -n '__ipt_is event' -l impact -x -a "$impacts" -d 'How it moved your mood'
complete -c ipt -n '__ipt_is event' -l feel -x -d 'A feeling (repeat, or separate with commas)'
complete -c ipt -n '__ipt_is event' -s d -l date -x -a '(__ipt_when)' -d 'When it happened'
complete -c ipt -n '__ipt_is event' -s t -l tag -x -d 'A tag (repeat, or separate with commas)'
complete -c ipt -n '__ipt_is event' -l area -x -a '(__ipt_area_ids) none' -d 'Attach to this problem area'

# ipt list, ipt ls
complete -c ipt -n '__ipt_is list ls' -l from -x -a '(__ipt_when)' -d 'From this day on'
complete -c ipt -n '__ipt_is list ls' -l to -x -a '(__ipt_when)' -d 'Up to and including this day'
complete -c ipt -n '__ipt_is list ls' -l on -x -a '(__ipt_when)' -d 'Only this day'
complete -c ipt -n '__ipt_is list ls' -s n -x -d 'Only the last N entries'
complete -c ipt -n '__ipt_is list ls' -l with -x -a '(__ipt_people_names)' -d 'Only entries with this person'
complete -c ipt -n '__ipt_is list ls' -l kind -x -a "$kinds" -d 'Only events of this kind'
complete -c ipt -n '__ipt_is list ls' -l tag -x -d 'Only entries with this tag'
complete -c ipt -n '__ipt_is list ls' -l contains -x -d 'Only entries whose text contains this'
complete -c ipt -n '__ipt_is list ls' -l area -x -a '(__ipt_area_ids) none' -d 'Only entries attached to this area'
complete -c ipt -n '__ipt_is list ls' -l moods -d 'Only check-ins'
complete -c ipt -n '__ipt_is list ls' -l events -d 'Only events'
complete -c ipt -n '__ipt_is list ls' -l format -x -a "$formats" -d 'Output format'

# ipt show ID
complete -c ipt -n '__ipt_is show' -l format -x -a "$formats" -d 'Output format'

# ipt edit ID
complete -c ipt -n '__ipt_is edit' -l mood -x -a "$scale" -d 'Check-ins: mood, 0 (worst) to 10 (best)'
complete -c ipt -n '__ipt_is edit' -l note -x -d 'The note or event text (- reads stdin)'
complete -c ipt -n '__ipt_is edit' -l text -x -d 'The note or event text (same as --note)'
complete -c ipt -n '__ipt_is edit' -s d -l date -x -a '(__ipt_when)' -d 'Move it to another moment'
complete -c ipt -n '__ipt_is edit' -l anxiety -x -a "$scale" -d 'Check-ins: anxiety, 0 to 10'
complete -c ipt -n '__ipt_is edit' -l energy -x -a "$scale" -d 'Check-ins: energy, 0 to 10'
complete -c ipt -n '__ipt_is edit' -l sleep -x -d 'Check-ins: hours slept'
complete -c ipt -n '__ipt_is edit' -l kind -x -a "$kinds" -d 'Events: the kind'
complete -c ipt -n '__ipt_is edit' -l impact -x -a "$impacts" -d 'Events: -3 to +3'
complete -c ipt -n '__ipt_is edit' -l feel -x -d 'Events: feelings (replaces them)'
complete -c ipt -n '__ipt_is edit' -s t -l tag -x -d 'Tags (replaces them)'
complete -c ipt -n '__ipt_is edit' -l with -x -a '(__ipt_people_list)' -d 'People (replaces them)'
complete -c ipt -n '__ipt_is edit' -l area -x -a '(__ipt_area_ids) none' -d 'Attach to another problem area'
complete -c ipt -n '__ipt_is edit' -l clear -x -a 'anxiety energy sleep impact note with tags feel' -d 'Empty a field'

# ipt rm ID
complete -c ipt -n '__ipt_is rm' -s y -l yes -d 'Delete without asking'

# ipt people [add|edit|show|rm|circle]
complete -c ipt -n '__ipt_at 0 people' -l format -x -a "$formats" -d 'Output format of the list'
complete -c ipt -n '__ipt_at 0 people' -a add -d 'Add someone'
complete -c ipt -n '__ipt_at 0 people' -a edit -d "Change someone's details"
complete -c ipt -n '__ipt_at 0 people' -a show -d "Someone's details and your events with them"
complete -c ipt -n '__ipt_at 0 people' -a rm -d 'Remove someone'
complete -c ipt -n '__ipt_at 0 people' -a circle -d 'Draw your closeness circle'
complete -c ipt -n "__ipt_at 0 'people edit' 'people show' 'people rm'" -a '(__ipt_people_names)'
set -l person '__ipt_is "people add" "people edit"'
complete -c ipt -n $person -l circle -x -a 'inner middle outer' -d 'How close: inner, middle or outer'
complete -c ipt -n $person -l role -x -d 'Who they are to you'
complete -c ipt -n $person -l note -x -d 'Anything to remember about this relationship'
complete -c ipt -n $person -l contact -x -a 'daily weekly monthly rarely' -d 'How often you are in touch'
complete -c ipt -n $person -l satisfying -x -d 'What is good in this relationship'
complete -c ipt -n $person -l unsatisfying -x -d 'What is hard in it'
complete -c ipt -n $person -l my-expectations -x -d 'What you expect of them'
complete -c ipt -n $person -l their-expectations -x -d 'What you think they expect of you'
complete -c ipt -n $person -l change -x -d 'What you would like to change'
complete -c ipt -n '__ipt_is "people edit"' -l rename -x -d 'A new name (their entries follow)'
complete -c ipt -n '__ipt_is "people show"' -l format -x -a "$formats" -d 'Output format'
complete -c ipt -n '__ipt_is "people rm"' -l force -d 'Remove even when entries name them'
complete -c ipt -n '__ipt_is "people circle"' -l format -x -a 'text json' -d 'Output format'
complete -c ipt -n '__ipt_is "people circle"' -l width -x -d 'Columns to draw in, 40 to 400'

# ipt inventory
complete -c ipt -n '__ipt_is inventory' -l format -x -a 'text markdown json' -d 'Print it'

# ipt area [add|show|focus|stage|resolve|reopen]
complete -c ipt -n '__ipt_at 0 area' -l format -x -a "$formats" -d 'Output format of the list'
complete -c ipt -n '__ipt_at 0 area' -a add -d 'Add a problem area'
complete -c ipt -n '__ipt_at 0 area' -a show -d 'An area with its stages and entries'
complete -c ipt -n '__ipt_at 0 area' -a focus -d 'Make an area the focus'
complete -c ipt -n '__ipt_at 0 area' -a stage -d "Record a dispute's new stage"
complete -c ipt -n '__ipt_at 0 area' -a resolve -d 'Mark an area resolved'
complete -c ipt -n '__ipt_at 0 area' -a reopen -d 'Open a resolved area again'
complete -c ipt -n "__ipt_at 0 'area add'" -a 'grief dispute transition deficits'
complete -c ipt -n '__ipt_is "area add"' -l with -x -a '(__ipt_people_list)' -d 'Who it involves'
complete -c ipt -n '__ipt_is "area add"' -l stage -x -a "$stages" -d 'Disputes: where it stands'
complete -c ipt -n "__ipt_at 0 'area show' 'area focus' 'area stage' 'area resolve' 'area reopen'" -a '(__ipt_area_ids)'
complete -c ipt -n "__ipt_at 1 'area stage'" -a "$stages"
complete -c ipt -n '__ipt_is "area show"' -l format -x -a "$formats" -d 'Output format'
complete -c ipt -n '__ipt_is "area resolve"' -l note -x -d 'What changed'

# ipt course [start|end|edit|list]
complete -c ipt -n '__ipt_at 0 course' -l format -x -a 'text json' -d 'Output format'
complete -c ipt -n '__ipt_at 0 course' -a start -d 'Start a course'
complete -c ipt -n '__ipt_at 0 course' -a end -d 'End the open course'
complete -c ipt -n '__ipt_at 0 course' -a edit -d "Change the open course's length or phases"
complete -c ipt -n '__ipt_at 0 course' -a list -d 'Every course, oldest first'
complete -c ipt -n '__ipt_is "course start" "course end" "course edit"' -s d -l date -x -a '(__ipt_when)' -d 'Its first (or last) day'
complete -c ipt -n '__ipt_is "course start" "course edit"' -l weeks -x -d 'Planned length in weeks, 4 to 52'
complete -c ipt -n '__ipt_is "course start" "course edit"' -l initial-weeks -x -d 'Weeks of the initial phase'
complete -c ipt -n '__ipt_is "course start" "course edit"' -l termination-weeks -x -d 'Weeks of the termination phase'
complete -c ipt -n '__ipt_is "course list"' -l format -x -a "$formats" -d 'Output format'

# ipt phase [set|auto]
complete -c ipt -n '__ipt_at 0 phase' -a set -d 'Pin the phase'
complete -c ipt -n '__ipt_at 0 phase' -a auto -d "Follow the course's calendar again"
complete -c ipt -n "__ipt_at 0 'phase set'" -a "$phases"
complete -c ipt -n '__ipt_at 0 phase' -l format -x -a 'text json' -d 'Output format'

# ipt prompts [check] and ipt reflect
complete -c ipt -n '__ipt_at 0 prompts' -a check -d 'Check prompt files'
complete -c ipt -n '__ipt_is "prompts check"' -F
complete -c ipt -n '__ipt_is "prompts check"' -l format -x -a 'text json' -d 'Output format'
complete -c ipt -n '__ipt_is prompts reflect' -l week -x -a '(__ipt_when)' -d 'The week containing this day'
complete -c ipt -n '__ipt_is prompts reflect' -s n -x -d 'How many prompts, 1 to 20'
complete -c ipt -n '__ipt_is prompts reflect' -l prompts -x -a '(__fish_complete_directories)' -d 'Also load the prompt files in this directory'
complete -c ipt -n '__ipt_is prompts' -l format -x -a 'text json csv markdown' -d 'Output format'
complete -c ipt -n '__ipt_is reflect' -l prompt -x -a '(__ipt_prompt_ids)' -d 'Answer just this prompt'
