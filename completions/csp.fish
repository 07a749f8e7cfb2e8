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

complete -c csp -n "__fish_csp_needs_command" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_needs_command" -f -a "status" -d 'What needs attention, each with the command that deals with it'
complete -c csp -n "__fish_csp_needs_command" -f -a "customers" -d 'Keep the list of customers you hold a reseller relationship with'
complete -c csp -n "__fish_csp_needs_command" -f -a "invite" -d 'Draft and track the invitation that creates a reseller relationship'
complete -c csp -n "__fish_csp_needs_command" -f -a "gdap" -d 'GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time'
complete -c csp -n "__fish_csp_needs_command" -f -a "providers" -d 'Indirect providers you work through'
complete -c csp -n "__fish_csp_needs_command" -f -a "remove" -d 'Record the end of the reseller relationship with a customer, safely'
complete -c csp -n "__fish_csp_needs_command" -f -a "log" -d 'The audit log of every change'
complete -c csp -n "__fish_csp_needs_command" -f -a "login" -d 'Sign in to Microsoft (device code) for sync and online actions'
complete -c csp -n "__fish_csp_needs_command" -f -a "logout" -d 'Forget the sign-in (remove the kept refresh token from the keychain or file)'
complete -c csp -n "__fish_csp_needs_command" -f -a "whoami" -d 'Who is signed in to Microsoft, and where the token is kept (never a token)'
complete -c csp -n "__fish_csp_needs_command" -f -a "sync" -d 'Read customers, providers and GDAP from Microsoft into the records'
complete -c csp -n "__fish_csp_needs_command" -f -a "db" -d 'The database: its schema, and on PostgreSQL who may read or write it'
complete -c csp -n "__fish_csp_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand init" -l name -d 'Your company\'s name, as customers know it' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l tenant-id -d 'Your partner tenant ID (a GUID): the partnerId of every invitation link' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l mpn-id -d 'Your PartnerID (MPN ID; Partner Center\'s PLA ID): the msppId of joint invitations, which need it' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l role -d 'Your role in Partner Center: global-admin, admin-agent and sales-agent record customers and invite; only global-admin and admin-agent remove and manage providers; the others read' -r -f -a "global-admin\t''
admin-agent\t''
sales-agent\t''
helpdesk-agent\t''
billing-admin\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l kind -d 'What kind of CSP partner you are [default: indirect-reseller]' -r -f -a "indirect-reseller\t''
direct\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l default-provider -d 'Your usual indirect provider (distributor): plain `csp invite` then invites jointly with it, unless --no-provider' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l reseller-link -d 'The link Partner Center shows under Customers → Request a reseller relationship; used as it is' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l sender-name -d 'The name invitations are signed with' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l email -d 'Your email address (the From of .eml drafts)' -r
complete -c csp -n "__fish_csp_using_subcommand init" -l locale -d 'The language of invitations by default' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand init" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand init" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand init" -l online -d 'Ask Partner Center for your reseller link (signed in: `csp login`, or CSP_MS_REFRESH_TOKEN) and keep it as the profile\'s reseller_link'
complete -c csp -n "__fish_csp_using_subcommand init" -l dry-run -d 'With --online: print the request, send nothing, write nothing'
complete -c csp -n "__fish_csp_using_subcommand init" -l force -d 'Overwrite an existing profile'
complete -c csp -n "__fish_csp_using_subcommand init" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand init" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand init" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand init" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand init" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand status" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand status" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand status" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand status" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand status" -l exit-code -d 'Exit with status 6 when anything needs attention (the items are printed too)'
complete -c csp -n "__fish_csp_using_subcommand status" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand status" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand status" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c csp -n "__fish_csp_using_subcommand status" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and not __fish_seen_subcommand_from list show add import update export open help" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l not-provider -d 'Only customers this provider holds no relationship with, so it cannot order for them' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l tag -d 'Only customers with this tag' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l channel -d 'Only customers found through this channel' -r -f -a "marketing\t''
microsoft-referral\t''
indirect-provider\t''
other\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l admin-access -d 'Only customers with this admin access (any: active, expiring or legacy-dap, where we can administer now)' -r -f -a "none\t''
pending\t''
active\t''
expiring\t''
expired\t''
legacy-dap\t''
any\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l limit -d 'At most N customers' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l delegated-admin -d 'Only customers where a legacy DAP grant (delegated admin, from before GDAP) is recorded'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l name -d 'Company name (asked for on a terminal when missing)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l domain -d 'Primary domain, e.g. fabrikam.com (asked for on a terminal when missing)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l tenant-id -d 'The customer\'s tenant ID (GUID)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l contact-name -d 'The customer\'s contact person' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l contact-email -d 'The contact\'s email address (where invitations go)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l source -d 'Where the customer came from' -r -f -a "office365\t''
azure\t''
partner-center\t''
invitation\t''
manual\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l since -d 'When the relationship really started (YYYY-MM-DD), for customers served long before csp' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l tag -d 'A tag (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from add" -l delegated-admin -d 'A legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant'
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
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from import" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l name -d 'The new company name' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l contact-name -d 'The contact person (empty clears it)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l contact-email -d 'The contact\'s email address (empty clears it)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l tenant-id -d 'The customer\'s tenant ID (GUID)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l delegated-admin -d 'Whether a legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant' -r -f -a "true\t''
false\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l tag -d 'Add a tag (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l untag -d 'Remove a tag (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l domain -d 'Make DOMAIN the primary domain (one of its other domains trades places with it)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l add-domain -d 'Record another domain of its tenant, e.g. its .onmicrosoft.com one (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l remove-domain -d 'Forget one of its other domains (repeatable)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l since -d 'When the relationship really started (YYYY-MM-DD)' -r
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from update" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from export" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand customers; and __fish_seen_subcommand_from open" -l admin-center -d 'The Microsoft 365 admin center on the customer\'s behalf (needs admin access: active GDAP, or legacy DAP)'
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
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l customer -d 'A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l name -d 'A new customer\'s company name (with --domain); it is recorded as invited' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l domain -d 'A new customer\'s primary domain, e.g. northwind.com' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l channel -d 'How a new customer found you' -r -f -a "marketing\t''
microsoft-referral\t''
indirect-provider\t''
other\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l email -d 'The address the invitation goes to [default: the customer\'s contact email]' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l contact-name -d 'The name of the person it goes to [default: the customer\'s contact name]' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l provider -d 'Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile\'s default_provider]' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l lang -d 'The language of the built-in template [default: the profile\'s]' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l template -d 'Your own template, [templates.NAME] in config.toml' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l reference -d 'A note kept with the invitation (a ticket, a deal)' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l eml -d 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l batch -d 'One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l eml-dir -d 'With --batch: also write one .eml message per invitation into DIR (created if missing)' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l no-provider -d 'Invite for yourself alone, even if the profile names a default_provider'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l delegated-admin -d 'Retired (DAP): refused; admin access is requested as a GDAP relationship'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l copy -d 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l mailto -d 'Print a mailto: URI for the draft'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l open -d 'Open the draft in the desktop\'s mail client'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l edit -d 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l done -d 'Record it as sent at once (you are sending it now)'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "list" -d 'List invitations (by default the pending ones: draft or sent)'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "show" -d 'Show an invitation and its draft'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "done" -d 'Record that you sent it (draft → sent)'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "accept" -d 'Record that the customer accepted it: the customer becomes active'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "cancel" -d 'Cancel a pending invitation'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "remind" -d 'Draft a reminder for a sent invitation (same link); records reminded_at'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "link" -d 'Print the invitation link alone'
complete -c csp -n "__fish_csp_using_subcommand invite; and not __fish_seen_subcommand_from list show done accept cancel remind link help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l status -d 'Which invitations to show' -r -f -a "draft\t''
sent\t''
pending\t'Draft or sent'
accepted\t''
cancelled\t''
all\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l older-than -d 'Only those sent (or created, if never sent) longer ago than AGE: 14d, 36h, 2w' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s invitations' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l provider -d 'Only joint invitations with this provider' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l limit -d 'At most N invitations' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l lang -d 'The language of the reminder [default: the invitation\'s]' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l eml -d 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l copy -d 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l mailto -d 'Print a mailto: URI for the draft'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l open -d 'Open the draft in the desktop\'s mail client'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l edit -d 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from remind" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l provider -d 'The joint link with this indirect provider [default: the profile\'s default_provider]' -r
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l no-provider -d 'The link for yourself alone, even if the profile names a default_provider'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l delegated-admin -d 'Retired (DAP): refused; admin access is requested as a GDAP relationship'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l online -d 'Ask Partner Center for the link (signed in) and keep yours as partner.reseller_link'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l dry-run -d 'With --online: print the request, send nothing'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invitations (by default the pending ones: draft or sent)'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an invitation and its draft'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "done" -d 'Record that you sent it (draft → sent)'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Record that the customer accepted it: the customer becomes active'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending invitation'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "remind" -d 'Draft a reminder for a sent invitation (same link); records reminded_at'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "link" -d 'Print the invitation link alone'
complete -c csp -n "__fish_csp_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "list" -d 'List GDAP relationships, each as it stands now'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "show" -d 'Show a relationship: roles, dates, approval link, access assignments'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "add" -d 'Record a relationship created in Partner Center'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "request" -d 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "invite" -d 'Draft the approval email the customer\'s admin opens (the approval link)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "activate" -d 'Record that the customer approved it and it is active'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "terminate" -d 'Record that it was terminated (or, --online, terminate it in Graph)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "extend" -d 'Turn auto-extend (180 days at a time) on or off'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "assign" -d 'Record which partner security group holds which of its roles'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "import" -d 'Load relationships from Graph\'s JSON (GET /tenantRelationships/delegatedAdminRelationships)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "roles" -d 'Print the Entra roles csp knows and the named sets'
complete -c csp -n "__fish_csp_using_subcommand gdap; and not __fish_seen_subcommand_from list show add request invite activate terminate extend assign import roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s relationships' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l status -d 'Only relationships in this status (as it stands now)' -r -f -a "created\t''
approval_pending\t''
approved\t''
activating\t''
active\t''
expiring\t''
expired\t''
termination_requested\t''
terminating\t''
terminated\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l expiring -d 'Only those in force that end within PERIOD without auto-extend: 30d, 2w' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l microsoft-id -d 'Graph\'s id of the relationship (Partner Center shows it)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l name -d 'Its display name (at most 50 characters, unique among yours)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l roles -d 'Role names, role definition ids, or a set: default, least-privilege, cipp (see `csp gdap roles`)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l duration -d 'How long it lasts once approved: 1 to 730 days' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l status -d 'Its status [default: approval_pending, or active with --activated]' -r -f -a "created\t''
approval_pending\t''
approved\t''
activating\t''
active\t''
expiring\t''
expired\t''
termination_requested\t''
terminating\t''
terminated\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l requested -d 'When it was requested (YYYY-MM-DD or RFC 3339) [default: now, while pending]' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l activated -d 'When it became active (YYYY-MM-DD or RFC 3339)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l auto-extend -d 'Microsoft extends it by 180 days at a time (not with Global Administrator)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l roles -d 'Role names, ids or a named set, comma-separated (see `csp gdap roles`)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l name -d 'The relationship\'s display name (at most 50 characters, unique)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l duration -d 'How long it lasts once approved, e.g. 730d (1 to 730 days)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l email -d 'The approval email\'s address [default: the customer\'s contact email]' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l contact-name -d 'The name of the person it goes to [default: the customer\'s contact name]' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l lang -d 'The language of the email [default: the profile\'s]' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l eml -d 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l auto-extend -d 'Extend it by 180 days at a time (not with Global Administrator)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l dry-run -d 'Print the requests csp would send to Graph, send nothing'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l copy -d 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l mailto -d 'Print a mailto: URI for the draft'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l open -d 'Open the draft in the desktop\'s mail client'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l edit -d 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l done -d 'Record the approval email as sent at once (you are sending it now)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l email -d 'The address it goes to [default: the customer\'s contact email]' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l contact-name -d 'The name of the person it goes to [default: the customer\'s contact name]' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l lang -d 'The language of the email [default: the profile\'s]' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l eml -d 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l copy -d 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l mailto -d 'Print a mailto: URI for the draft'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l open -d 'Open the draft in the desktop\'s mail client'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l edit -d 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l done -d 'Record it as sent at once (you are sending it now)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l at -d 'When it became active (YYYY-MM-DD or RFC 3339) [default: now]' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l reason -d 'Why, kept in the record and the audit log' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l online -d 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l dry-run -d 'With --online: print the requests, send and record nothing'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from terminate" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l auto-extend -d 'true: Microsoft extends it 180 days at a time; false: it ends at its end date' -r -f -a "true\t''
false\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l online -d 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l dry-run -d 'With --online: print the requests, send and record nothing'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from extend" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l group -d 'The partner security group\'s object id (GUID)' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l group-name -d 'The group\'s name, for people' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l roles -d 'The roles it holds: a subset of the relationship\'s' -r
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l online -d 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l dry-run -d 'With --online: print the requests, send and record nothing'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l add-customers -d 'Record a customer (by tenant ID and name) for a relationship with an unknown tenant'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report what would change, changing nothing'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l set -d 'Only the roles of this set: default (Microsoft\'s default relationship), least-privilege (read and support only), cipp (what the CIPP tool requires)' -r -f -a "default\t''
least-privilege\t''
cipp\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "list" -d 'List GDAP relationships, each as it stands now'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a relationship: roles, dates, approval link, access assignments'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a relationship created in Partner Center'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "request" -d 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Draft the approval email the customer\'s admin opens (the approval link)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Record that the customer approved it and it is active'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Record that it was terminated (or, --online, terminate it in Graph)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "extend" -d 'Turn auto-extend (180 days at a time) on or off'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Record which partner security group holds which of its roles'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load relationships from Graph\'s JSON (GET /tenantRelationships/delegatedAdminRelationships)'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "roles" -d 'Print the Entra roles csp knows and the named sets'
complete -c csp -n "__fish_csp_using_subcommand gdap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "list" -d 'List providers (by default those we are connected with) and how many of our customers each may order for'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "show" -d 'Show a provider\'s card: details, the customers it holds a relationship with, its joint invitations'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "add" -d 'Connect with an indirect provider (its customers do not come with it)'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "remove" -d 'Disconnect from a provider (it stays in history; pending joint invitations are reported)'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "attach" -d 'Record that a provider already holds its own reseller relationship with an active customer'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "detach" -d 'Forget a provider\'s recorded relationship with a customer'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "invite" -d 'Invite a customer jointly with this provider (as csp invite does with a provider)'
complete -c csp -n "__fish_csp_using_subcommand providers; and not __fish_seen_subcommand_from list show add remove attach detach invite help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l status -d 'Which providers to show' -r -f -a "connected\t''
removed\t''
all\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l limit -d 'At most N providers' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from list" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l name -d 'The provider\'s name' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l tenant-id -d 'The provider\'s tenant ID (GUID): the indirectCSPId of joint invitation links' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l mpn-id -d 'The provider\'s PartnerID (MPN ID)' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l location -d 'Where the provider is, e.g. "Irvine, US"' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from detach" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l customer -d 'A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l name -d 'A new customer\'s company name (with --domain); it is recorded as invited' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l domain -d 'A new customer\'s primary domain, e.g. northwind.com' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l channel -d 'How a new customer found you' -r -f -a "marketing\t''
microsoft-referral\t''
indirect-provider\t''
other\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l email -d 'The address the invitation goes to [default: the customer\'s contact email]' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l contact-name -d 'The name of the person it goes to [default: the customer\'s contact name]' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l lang -d 'The language of the built-in template [default: the profile\'s]' -r -f -a "en\t''
fr\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l template -d 'Your own template, [templates.NAME] in config.toml' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l reference -d 'A note kept with the invitation (a ticket, a deal)' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l eml -d 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l batch -d 'One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l eml-dir -d 'With --batch: also write one .eml message per invitation into DIR (created if missing)' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l provider -d 'Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile\'s default_provider]' -r
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l delegated-admin -d 'Retired (DAP): refused; admin access is requested as a GDAP relationship'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l copy -d 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l mailto -d 'Print a mailto: URI for the draft'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l open -d 'Open the draft in the desktop\'s mail client'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l edit -d 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l done -d 'Record it as sent at once (you are sending it now)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l no-provider -d 'Invite for yourself alone, even if the profile names a default_provider'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List providers (by default those we are connected with) and how many of our customers each may order for'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a provider\'s card: details, the customers it holds a relationship with, its joint invitations'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Connect with an indirect provider (its customers do not come with it)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Disconnect from a provider (it stays in history; pending joint invitations are reported)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Record that a provider already holds its own reseller relationship with an active customer'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "detach" -d 'Forget a provider\'s recorded relationship with a customer'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a customer jointly with this provider (as csp invite does with a provider)'
complete -c csp -n "__fish_csp_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand remove" -l reason -d 'Why the relationship ends (kept in the audit log)' -r
complete -c csp -n "__fish_csp_using_subcommand remove" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand remove" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand remove" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand remove" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand remove" -l acknowledge -d 'Confirm without a prompt that you have read and accept what removal means (see --help)'
complete -c csp -n "__fish_csp_using_subcommand remove" -l in-partner-center -d 'Direct partners: end it in Partner Center too (signed in), recording it only once Microsoft accepted'
complete -c csp -n "__fish_csp_using_subcommand remove" -l dry-run -d 'With --in-partner-center: print the request, send and record nothing'
complete -c csp -n "__fish_csp_using_subcommand remove" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand remove" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand remove" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c csp -n "__fish_csp_using_subcommand remove" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand log" -l customer -d 'Only entries about this customer (its invitations and provider links included)' -r
complete -c csp -n "__fish_csp_using_subcommand log" -l since -d 'Only entries at or after this date (YYYY-MM-DD) or time (RFC 3339)' -r
complete -c csp -n "__fish_csp_using_subcommand log" -l limit -d 'At most this many entries' -r
complete -c csp -n "__fish_csp_using_subcommand log" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
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
complete -c csp -n "__fish_csp_using_subcommand login" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand login" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand login" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand login" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand login" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand login" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand login" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand login" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand login" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand logout" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand logout" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand logout" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand logout" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand logout" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand logout" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand logout" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand logout" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand logout" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand whoami" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand whoami" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand whoami" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand whoami" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand whoami" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand whoami" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand whoami" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand sync" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand sync" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand sync" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand sync" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand sync" -l dry-run -d 'Read and report, change nothing'
complete -c csp -n "__fish_csp_using_subcommand sync" -l customers -d 'Partner Center\'s customers (GET /v1/customers, every page)'
complete -c csp -n "__fish_csp_using_subcommand sync" -l providers -d 'Our indirect providers (GET /v1/relationships?relationship_type=IsIndirectResellerOf)'
complete -c csp -n "__fish_csp_using_subcommand sync" -l gdap -d 'GDAP relationships (Graph: /tenantRelationships/delegatedAdminRelationships)'
complete -c csp -n "__fish_csp_using_subcommand sync" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand sync" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand sync" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand sync" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand sync" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -f -a "migrate" -d 'Bring the database\'s schema up to date (every command does it when needed)'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -f -a "copy" -d 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -f -a "grant" -d 'Let a PostgreSQL role read csp\'s tables, or read and write them'
complete -c csp -n "__fish_csp_using_subcommand db; and not __fish_seen_subcommand_from migrate copy grant help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The target: a file, or a postgres:// URL; it must hold no csp data' -r
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l replace -d 'Replace everything the target holds (its audit log included)'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l read-only -d 'The role may read everything and change nothing (the server refuses its writes)' -r
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l writer -d 'The role may read and record; the audit log is appended to, never changed' -r
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l db -d 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l config -d 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]' -r -F
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l format -d 'Output format [default: table on a terminal, tsv when piped]' -r -f -a "table\t''
tsv\t''
csv\t''
json\t''
jsonl\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l color -d 'When to use color (NO_COLOR and TERM=dumb are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l json -d 'Same as --format json'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt; missing values are usage errors'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only data and errors'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Bring the database\'s schema up to date (every command does it when needed)'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Let a PostgreSQL role read csp\'s tables, or read and write them'
complete -c csp -n "__fish_csp_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "init" -d 'Write the partner profile (config.toml)'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "status" -d 'What needs attention, each with the command that deals with it'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "customers" -d 'Keep the list of customers you hold a reseller relationship with'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "invite" -d 'Draft and track the invitation that creates a reseller relationship'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "gdap" -d 'GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "providers" -d 'Indirect providers you work through'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "remove" -d 'Record the end of the reseller relationship with a customer, safely'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "log" -d 'The audit log of every change'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "login" -d 'Sign in to Microsoft (device code) for sync and online actions'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "logout" -d 'Forget the sign-in (remove the kept refresh token from the keychain or file)'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "whoami" -d 'Who is signed in to Microsoft, and where the token is kept (never a token)'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "sync" -d 'Read customers, providers and GDAP from Microsoft into the records'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "db" -d 'The database: its schema, and on PostgreSQL who may read or write it'
complete -c csp -n "__fish_csp_using_subcommand help; and not __fish_seen_subcommand_from init status customers invite gdap providers remove log login logout whoami sync db help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "list" -d 'List customers (by default those with an active relationship)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "show" -d 'Show a customer\'s card: details, where to manage it, providers, invitations'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "add" -d 'Record a customer you already serve through another portal (active)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "import" -d 'Import customers from CSV: csp\'s own columns or Partner Center\'s Customers.csv'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "update" -d 'Change a customer\'s details, tags or delegated admin status'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "export" -d 'Export customers as CSV (re-imports as is)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "open" -d 'Open the customer in Partner Center, or its admin center'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'List invitations (by default the pending ones: draft or sent)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "show" -d 'Show an invitation and its draft'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "done" -d 'Record that you sent it (draft → sent)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "accept" -d 'Record that the customer accepted it: the customer becomes active'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "cancel" -d 'Cancel a pending invitation'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "remind" -d 'Draft a reminder for a sent invitation (same link); records reminded_at'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "link" -d 'Print the invitation link alone'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "list" -d 'List GDAP relationships, each as it stands now'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "show" -d 'Show a relationship: roles, dates, approval link, access assignments'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "add" -d 'Record a relationship created in Partner Center'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "request" -d 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "invite" -d 'Draft the approval email the customer\'s admin opens (the approval link)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "activate" -d 'Record that the customer approved it and it is active'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "terminate" -d 'Record that it was terminated (or, --online, terminate it in Graph)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "extend" -d 'Turn auto-extend (180 days at a time) on or off'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "assign" -d 'Record which partner security group holds which of its roles'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "import" -d 'Load relationships from Graph\'s JSON (GET /tenantRelationships/delegatedAdminRelationships)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from gdap" -f -a "roles" -d 'Print the Entra roles csp knows and the named sets'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "list" -d 'List providers (by default those we are connected with) and how many of our customers each may order for'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "show" -d 'Show a provider\'s card: details, the customers it holds a relationship with, its joint invitations'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "add" -d 'Connect with an indirect provider (its customers do not come with it)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "remove" -d 'Disconnect from a provider (it stays in history; pending joint invitations are reported)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "attach" -d 'Record that a provider already holds its own reseller relationship with an active customer'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "detach" -d 'Forget a provider\'s recorded relationship with a customer'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "invite" -d 'Invite a customer jointly with this provider (as csp invite does with a provider)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Bring the database\'s schema up to date (every command does it when needed)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)'
complete -c csp -n "__fish_csp_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "grant" -d 'Let a PostgreSQL role read csp\'s tables, or read and write them'
