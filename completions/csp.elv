
use builtin;
use str;

set edit:completion:arg-completer[csp] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'csp'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'csp'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Write the partner profile (config.toml)'
            cand customers 'Keep the list of customers you hold a reseller relationship with'
            cand invite 'Draft and track the invitation that creates a reseller relationship'
            cand providers 'Indirect providers you work through'
            cand remove 'End the reseller relationship with a customer, safely'
            cand log 'The audit log of every change'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;init'= {
            cand --name 'Your company''s name, as customers know it'
            cand --tenant-id 'Your partner tenant ID (a GUID): the partnerId of every invitation link'
            cand --mpn-id 'Your PartnerID (MPN ID), used in joint invitations'
            cand --role 'Your role in Partner Center; only global-admin and admin-agent may change records'
            cand --sender-name 'The name invitations are signed with'
            cand --email 'Your email address (the From of .eml drafts)'
            cand --locale 'The language of invitations by default'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --force 'Overwrite an existing profile'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List customers (by default those with an active relationship)'
            cand show 'Show a customer''s card: details, where to manage it, providers, invitations'
            cand add 'Record a customer you already serve through another portal (active)'
            cand import 'Import customers from CSV: csp''s own columns or Partner Center''s Customers.csv'
            cand update 'Change a customer''s details, tags or delegated admin status'
            cand export 'Export customers as CSV (re-imports as is)'
            cand open 'Open the customer in Partner Center, or its admin center'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;customers;list'= {
            cand --status 'Which relationships to show'
            cand --search 'Company names or domains starting with TEXT (case-insensitive)'
            cand --provider 'Only customers this provider holds a relationship with'
            cand --tag 'Only customers with this tag'
            cand --channel 'Only customers found through this channel'
            cand --limit 'At most N customers'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --delegated-admin 'Only customers where we hold delegated admin privileges'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;add'= {
            cand --name 'Company name'
            cand --domain 'Primary domain, e.g. fabrikam.com'
            cand --tenant-id 'The customer''s tenant ID (GUID)'
            cand --contact-name 'contact-name'
            cand --contact-email 'contact-email'
            cand --source 'Where the customer came from'
            cand --tag 'A tag (repeatable)'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --delegated-admin 'We hold delegated admin privileges in its tenant'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;import'= {
            cand --source 'The source of new customers when the file has no source column'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --dry-run 'Check the file and report what would change, changing nothing'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;update'= {
            cand --name 'name'
            cand --contact-name 'contact-name'
            cand --contact-email 'contact-email'
            cand --tenant-id 'tenant-id'
            cand --delegated-admin 'Whether we hold delegated admin privileges in its tenant'
            cand --tag 'Add a tag (repeatable)'
            cand --untag 'Remove a tag (repeatable)'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;export'= {
            cand --status 'Which relationships to export'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;open'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --admin-center 'The Microsoft 365 admin center on the customer''s behalf (needs delegated admin privileges)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers;help'= {
            cand list 'List customers (by default those with an active relationship)'
            cand show 'Show a customer''s card: details, where to manage it, providers, invitations'
            cand add 'Record a customer you already serve through another portal (active)'
            cand import 'Import customers from CSV: csp''s own columns or Partner Center''s Customers.csv'
            cand update 'Change a customer''s details, tags or delegated admin status'
            cand export 'Export customers as CSV (re-imports as is)'
            cand open 'Open the customer in Partner Center, or its admin center'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;customers;help;list'= {
        }
        &'csp;customers;help;show'= {
        }
        &'csp;customers;help;add'= {
        }
        &'csp;customers;help;import'= {
        }
        &'csp;customers;help;update'= {
        }
        &'csp;customers;help;export'= {
        }
        &'csp;customers;help;open'= {
        }
        &'csp;customers;help;help'= {
        }
        &'csp;invite'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;providers'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List connected providers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;providers;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;providers;help'= {
            cand list 'List connected providers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;providers;help;list'= {
        }
        &'csp;providers;help;help'= {
        }
        &'csp;remove'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;log'= {
            cand --customer 'Only entries about this customer (its invitations and provider links included)'
            cand --since 'Only entries at or after this date (YYYY-MM-DD) or time (RFC 3339)'
            cand --limit 'At most this many entries'
            cand --db 'The database file [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;help'= {
            cand init 'Write the partner profile (config.toml)'
            cand customers 'Keep the list of customers you hold a reseller relationship with'
            cand invite 'Draft and track the invitation that creates a reseller relationship'
            cand providers 'Indirect providers you work through'
            cand remove 'End the reseller relationship with a customer, safely'
            cand log 'The audit log of every change'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;help;init'= {
        }
        &'csp;help;customers'= {
            cand list 'List customers (by default those with an active relationship)'
            cand show 'Show a customer''s card: details, where to manage it, providers, invitations'
            cand add 'Record a customer you already serve through another portal (active)'
            cand import 'Import customers from CSV: csp''s own columns or Partner Center''s Customers.csv'
            cand update 'Change a customer''s details, tags or delegated admin status'
            cand export 'Export customers as CSV (re-imports as is)'
            cand open 'Open the customer in Partner Center, or its admin center'
        }
        &'csp;help;customers;list'= {
        }
        &'csp;help;customers;show'= {
        }
        &'csp;help;customers;add'= {
        }
        &'csp;help;customers;import'= {
        }
        &'csp;help;customers;update'= {
        }
        &'csp;help;customers;export'= {
        }
        &'csp;help;customers;open'= {
        }
        &'csp;help;invite'= {
        }
        &'csp;help;providers'= {
            cand list 'List connected providers'
        }
        &'csp;help;providers;list'= {
        }
        &'csp;help;remove'= {
        }
        &'csp;help;log'= {
        }
        &'csp;help;help'= {
        }
    ]
    $completions[$command]
}
