# fish completion for ipt(1).
# The candidates come from the binary itself (`ipt __complete fish -- WORDS...`), which knows
# every command, option and value it has and reads names, area ids and tags from the journal
# without changing it; tests/cli/test_docs_completion.cpp drives this file in fish.

function __ipt_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l ipt ipt
    if string match -q '*/*' -- $tokens[1]; and test -x $tokens[1]
        set ipt $tokens[1]
    end
    for line in ($ipt __complete fish -- $tokens[2..-1] "$cur" 2>/dev/null)
        switch $line
            case ':files'
                __fish_complete_path "$cur"
            case ':dirs'
                __fish_complete_directories "$cur"
            case '*'
                echo $line
        end
    end
end

complete -c ipt -f -a '(__ipt_complete)'
