# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_csp_global_optspecs
    string join \n db= config= format= json no-input color= q/quiet h/help V/version
end

function __fish_csp_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_csp_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_csp_using_subcommand
    set -l cmd (__fish_csp_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c csp -n "__fish_csp_needs_command" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_needs_command" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_needs_command" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_needs_command" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_needs_command" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_needs_command" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_needs_command" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_needs_command" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_needs_command" -f -a "init" -d 'Write the partner profile (config.toml)'
complete -c csp -n "__fish_csp_needs_command" -f -a "customers" -d 'Keep the list of customers you hold a reseller relationship with'
complete -c csp -n "__fish_csp_needs_command" -f -a "invite" -d 'Draft and track the invitation that creates a reseller relationship'
complete -c csp -n "__fish_csp_needs_command" -f -a "providers" -d 'Indirect providers you work through'
complete -c csp -n "__fish_csp_needs_command" -f -a "remove" -d 'End the reseller relationship with a customer, safely'
complete -c csp -n "__fish_csp_needs_command" -f -a "log" -d 'The audit log of every change'
complete -c csp -n "__fish_csp_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand init" -l name -d 'Your company\'s name, as customers know it' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l tenant-id -d 'Your partner tenant ID (a GUID): the partnerId of every invitation link' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l mpn-id -d 'Your PartnerID (MPN ID), used in joint invitations' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l role -d 'Your role in Partner Center; only global-admin and admin-agent may change records' -r -f -a "global-admin\t''
admin-agent\t''
sales-agent\t''
helpdesk-agent\t''
billing-admin\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l sender-name -d 'The name invitations are signed with' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l email -d 'Your email address (the From of .eml drafts)' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l locale -d 'The language of invitations by default' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand init" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand init" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l force -d 'Overwrite an existing profile'
complete -c csp -n "__fish_csp_using_subcommand init" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand init" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand init" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand init" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand init" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "list" -d 'List customers (by default those with an active relationship)'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "show" -d 'Show a customer\'s card: details, where to manage it, providers, invitations'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "add" -d 'Record a customer you already serve through another portal (active)'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "import" -d 'Import customers from CSV: csp\'s own columns or Partner Center\'s Customers.csv'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "update" -d 'Change a customer\'s details, tags or delegated admin status'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "export" -d 'Export customers as CSV (re-imports as is)'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "open" -d 'Open the customer in Partner Center, or its admin center'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l status -d 'Which relationships to show' -r -f -a "active\t''
invited\t''
removed\t''
all\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l search -d 'Company names or domains starting with TEXT (case-insensitive)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l provider -d 'Only customers this provider holds a relationship with' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l tag -d 'Only customers with this tag' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l channel -d 'Only customers found through this channel' -r -f -a "marketing\t''
microsoft-referral\t''
indirect-provider\t''
other\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l limit -d 'At most N customers' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l delegated-admin -d 'Only customers where we hold delegated admin privileges'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l name -d 'Company name' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l domain -d 'Primary domain, e.g. fabrikam.com' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l tenant-id -d 'The customer\'s tenant ID (GUID)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l contact-name -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l contact-email -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l source -d 'Where the customer came from' -r -f -a "office365\t''
azure\t''
partner-center\t''
invitation\t''
manual\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l tag -d 'A tag (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l delegated-admin -d 'We hold delegated admin privileges in its tenant'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l source -d 'The source of new customers when the file has no source column' -r -f -a "office365\t''
azure\t''
partner-center\t''
invitation\t''
manual\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report what would change, changing nothing'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l name -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l contact-name -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l contact-email -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l tenant-id -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l delegated-admin -d 'Whether we hold delegated admin privileges in its tenant' -r -f -a "true\t''
false\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l tag -d 'Add a tag (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l untag -d 'Remove a tag (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l status -d 'Which relationships to export' -r -f -a "active\t''
invited\t''
removed\t''
all\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l admin-center -d 'The Microsoft 365 admin center on the customer\'s behalf (needs delegated admin privileges)'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List customers (by default those with an active relationship)'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a customer\'s card: details, where to manage it, providers, invitations'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a customer you already serve through another portal (active)'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import customers from CSV: csp\'s own columns or Partner Center\'s Customers.csv'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a customer\'s details, tags or delegated admin status'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export customers as CSV (re-imports as is)'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open the customer in Partner Center, or its admin center'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand invite" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List connected providers'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connected providers'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand remove" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand remove" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand remove" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand remove" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand remove" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand remove" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand remove" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand remove" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand remove" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand log" -l customer -d 'Only entries about this customer (its invitations and provider links included)' -r
complete -c csp -n "__fish_csp_using_subcommand log" -l since -d 'Only entries at or after this date (YYYY-MM-DD) or time (RFC 3339)' -r
complete -c csp -n "__fish_csp_using_subcommand log" -l limit -d 'At most this many entries' -r
complete -c csp -n "__fish_csp_using_subcommand log" -l db -d 'The database file [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand log" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand log" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand log" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand log" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand log" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand log" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand log" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand log" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "init" -d 'Write the partner profile (config.toml)'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "customers" -d 'Keep the list of customers you hold a reseller relationship with'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "invite" -d 'Draft and track the invitation that creates a reseller relationship'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "providers" -d 'Indirect providers you work through'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "remove" -d 'End the reseller relationship with a customer, safely'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "log" -d 'The audit log of every change'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init customers invite providers remove log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "list" -d 'List customers (by default those with an active relationship)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "show" -d 'Show a customer\'s card: details, where to manage it, providers, invitations'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "add" -d 'Record a customer you already serve through another portal (active)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "import" -d 'Import customers from CSV: csp\'s own columns or Partner Center\'s Customers.csv'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "update" -d 'Change a customer\'s details, tags or delegated admin status'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "export" -d 'Export customers as CSV (re-imports as is)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "open" -d 'Open the customer in Partner Center, or its admin center'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "list" -d 'List connected providers'
