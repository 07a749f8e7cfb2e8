
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
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand status 'What needs attention, each with the command that deals with it'
            cand customers 'Keep the list of customers you hold a reseller relationship with'
            cand invite 'Draft and track the invitation that creates a reseller relationship'
            cand gdap 'GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time'
            cand providers 'Indirect providers you work through'
            cand remove 'Record the end of the reseller relationship with a customer, safely'
            cand log 'The audit log of every change'
            cand login 'Sign in to Microsoft (device code) for sync and online actions'
            cand logout 'Forget the sign-in (remove the kept refresh token from the keychain or file)'
            cand whoami 'Who is signed in to Microsoft, and where the token is kept (never a token)'
            cand sync 'Read customers, providers and GDAP from Microsoft into the records'
            cand db 'The database: its schema, and on PostgreSQL who may read or write it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;init'= {
            cand --name 'Your company''s name, as customers know it'
            cand --tenant-id 'Your partner tenant ID (a GUID): the partnerId of every invitation link'
            cand --mpn-id 'Your PartnerID (MPN ID; Partner Center''s PLA ID): the msppId of joint invitations, which need it'
            cand --role 'Your role in Partner Center: global-admin, admin-agent and sales-agent record customers and invite; only global-admin and admin-agent remove and manage providers; the others read'
            cand --kind 'What kind of CSP partner you are [default: indirect-reseller]'
            cand --default-provider 'Your usual indirect provider (distributor): plain `csp invite` then invites jointly with it, unless --no-provider'
            cand --reseller-link 'The link Partner Center shows under Customers → Request a reseller relationship; used as it is'
            cand --sender-name 'The name invitations are signed with'
            cand --email 'Your email address (the From of .eml drafts)'
            cand --locale 'The language of invitations by default'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --online 'Ask Partner Center for your reseller link (signed in: `csp login`, or CSP_MS_REFRESH_TOKEN) and keep it as the profile''s reseller_link'
            cand --dry-run 'With --online: print the request, send nothing, write nothing'
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
        &'csp;status'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --exit-code 'Exit with status 6 when anything needs attention (the items are printed too)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;customers'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand --not-provider 'Only customers this provider holds no relationship with, so it cannot order for them'
            cand --tag 'Only customers with this tag'
            cand --channel 'Only customers found through this channel'
            cand --admin-access 'Only customers with this admin access (any: active, expiring or legacy-dap, where we can administer now)'
            cand --limit 'At most N customers'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --delegated-admin 'Only customers where a legacy DAP grant (delegated admin, from before GDAP) is recorded'
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
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand --name 'Company name (asked for on a terminal when missing)'
            cand --domain 'Primary domain, e.g. fabrikam.com (asked for on a terminal when missing)'
            cand --tenant-id 'The customer''s tenant ID (GUID)'
            cand --contact-name 'The customer''s contact person'
            cand --contact-email 'The contact''s email address (where invitations go)'
            cand --source 'Where the customer came from'
            cand --since 'When the relationship really started (YYYY-MM-DD), for customers served long before csp'
            cand --tag 'A tag (repeatable)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --delegated-admin 'A legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant'
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
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand --name 'The new company name'
            cand --contact-name 'The contact person (empty clears it)'
            cand --contact-email 'The contact''s email address (empty clears it)'
            cand --tenant-id 'The customer''s tenant ID (GUID)'
            cand --delegated-admin 'Whether a legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant'
            cand --tag 'Add a tag (repeatable)'
            cand --untag 'Remove a tag (repeatable)'
            cand --domain 'Make DOMAIN the primary domain (one of its other domains trades places with it)'
            cand --add-domain 'Record another domain of its tenant, e.g. its .onmicrosoft.com one (repeatable)'
            cand --remove-domain 'Forget one of its other domains (repeatable)'
            cand --since 'When the relationship really started (YYYY-MM-DD)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --admin-center 'The Microsoft 365 admin center on the customer''s behalf (needs admin access: active GDAP, or legacy DAP)'
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
            cand --customer 'A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name'
            cand --name 'A new customer''s company name (with --domain); it is recorded as invited'
            cand --domain 'A new customer''s primary domain, e.g. northwind.com'
            cand --channel 'How a new customer found you'
            cand --email 'The address the invitation goes to [default: the customer''s contact email]'
            cand --contact-name 'The name of the person it goes to [default: the customer''s contact name]'
            cand --provider 'Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile''s default_provider]'
            cand --lang 'The language of the built-in template [default: the profile''s]'
            cand --template 'Your own template, [templates.NAME] in config.toml'
            cand --reference 'A note kept with the invitation (a ticket, a deal)'
            cand --eml 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)'
            cand --batch 'One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference'
            cand --eml-dir 'With --batch: also write one .eml message per invitation into DIR (created if missing)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --no-provider 'Invite for yourself alone, even if the profile names a default_provider'
            cand --delegated-admin 'Retired (DAP): refused; admin access is requested as a GDAP relationship'
            cand --copy 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
            cand --mailto 'Print a mailto: URI for the draft'
            cand --open 'Open the draft in the desktop''s mail client'
            cand --edit 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
            cand --done 'Record it as sent at once (you are sending it now)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List invitations (by default the pending ones: draft or sent)'
            cand show 'Show an invitation and its draft'
            cand done 'Record that you sent it (draft → sent)'
            cand accept 'Record that the customer accepted it: the customer becomes active'
            cand cancel 'Cancel a pending invitation'
            cand remind 'Draft a reminder for a sent invitation (same link); records reminded_at'
            cand link 'Print the invitation link alone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;invite;list'= {
            cand --status 'Which invitations to show'
            cand --older-than 'Only those sent (or created, if never sent) longer ago than AGE: 14d, 36h, 2w'
            cand --customer 'Only this customer''s invitations'
            cand --provider 'Only joint invitations with this provider'
            cand --limit 'At most N invitations'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;invite;show'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;invite;done'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;invite;accept'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;invite;cancel'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;invite;remind'= {
            cand --lang 'The language of the reminder [default: the invitation''s]'
            cand --eml 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --copy 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
            cand --mailto 'Print a mailto: URI for the draft'
            cand --open 'Open the draft in the desktop''s mail client'
            cand --edit 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;invite;link'= {
            cand --provider 'The joint link with this indirect provider [default: the profile''s default_provider]'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --no-provider 'The link for yourself alone, even if the profile names a default_provider'
            cand --delegated-admin 'Retired (DAP): refused; admin access is requested as a GDAP relationship'
            cand --online 'Ask Partner Center for the link (signed in) and keep yours as partner.reseller_link'
            cand --dry-run 'With --online: print the request, send nothing'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;invite;help'= {
            cand list 'List invitations (by default the pending ones: draft or sent)'
            cand show 'Show an invitation and its draft'
            cand done 'Record that you sent it (draft → sent)'
            cand accept 'Record that the customer accepted it: the customer becomes active'
            cand cancel 'Cancel a pending invitation'
            cand remind 'Draft a reminder for a sent invitation (same link); records reminded_at'
            cand link 'Print the invitation link alone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;invite;help;list'= {
        }
        &'csp;invite;help;show'= {
        }
        &'csp;invite;help;done'= {
        }
        &'csp;invite;help;accept'= {
        }
        &'csp;invite;help;cancel'= {
        }
        &'csp;invite;help;remind'= {
        }
        &'csp;invite;help;link'= {
        }
        &'csp;invite;help;help'= {
        }
        &'csp;gdap'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand list 'List GDAP relationships, each as it stands now'
            cand show 'Show a relationship: roles, dates, approval link, access assignments'
            cand add 'Record a relationship created in Partner Center'
            cand request 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)'
            cand invite 'Draft the approval email the customer''s admin opens (the approval link)'
            cand activate 'Record that the customer approved it and it is active'
            cand terminate 'Record that it was terminated (or, --online, terminate it in Graph)'
            cand extend 'Turn auto-extend (180 days at a time) on or off'
            cand assign 'Record which partner security group holds which of its roles'
            cand import 'Load relationships from Graph''s JSON (GET /tenantRelationships/delegatedAdminRelationships)'
            cand roles 'Print the Entra roles csp knows and the named sets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;gdap;list'= {
            cand --customer 'Only this customer''s relationships'
            cand --status 'Only relationships in this status (as it stands now)'
            cand --expiring 'Only those in force that end within PERIOD without auto-extend: 30d, 2w'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;gdap;show'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;gdap;add'= {
            cand --microsoft-id 'Graph''s id of the relationship (Partner Center shows it)'
            cand --name 'Its display name (at most 50 characters, unique among yours)'
            cand --roles 'Role names, role definition ids, or a set: default, least-privilege, cipp (see `csp gdap roles`)'
            cand --duration 'How long it lasts once approved: 1 to 730 days'
            cand --status 'Its status [default: approval_pending, or active with --activated]'
            cand --requested 'When it was requested (YYYY-MM-DD or RFC 3339) [default: now, while pending]'
            cand --activated 'When it became active (YYYY-MM-DD or RFC 3339)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --auto-extend 'Microsoft extends it by 180 days at a time (not with Global Administrator)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;gdap;request'= {
            cand --roles 'Role names, ids or a named set, comma-separated (see `csp gdap roles`)'
            cand --name 'The relationship''s display name (at most 50 characters, unique)'
            cand --duration 'How long it lasts once approved, e.g. 730d (1 to 730 days)'
            cand --email 'The approval email''s address [default: the customer''s contact email]'
            cand --contact-name 'The name of the person it goes to [default: the customer''s contact name]'
            cand --lang 'The language of the email [default: the profile''s]'
            cand --eml 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --auto-extend 'Extend it by 180 days at a time (not with Global Administrator)'
            cand --dry-run 'Print the requests csp would send to Graph, send nothing'
            cand --copy 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
            cand --mailto 'Print a mailto: URI for the draft'
            cand --open 'Open the draft in the desktop''s mail client'
            cand --edit 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
            cand --done 'Record the approval email as sent at once (you are sending it now)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;gdap;invite'= {
            cand --email 'The address it goes to [default: the customer''s contact email]'
            cand --contact-name 'The name of the person it goes to [default: the customer''s contact name]'
            cand --lang 'The language of the email [default: the profile''s]'
            cand --eml 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --copy 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
            cand --mailto 'Print a mailto: URI for the draft'
            cand --open 'Open the draft in the desktop''s mail client'
            cand --edit 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
            cand --done 'Record it as sent at once (you are sending it now)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;gdap;activate'= {
            cand --at 'When it became active (YYYY-MM-DD or RFC 3339) [default: now]'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;gdap;terminate'= {
            cand --reason 'Why, kept in the record and the audit log'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --online 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it'
            cand --dry-run 'With --online: print the requests, send and record nothing'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;gdap;extend'= {
            cand --auto-extend 'true: Microsoft extends it 180 days at a time; false: it ends at its end date'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --online 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it'
            cand --dry-run 'With --online: print the requests, send and record nothing'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;gdap;assign'= {
            cand --group 'The partner security group''s object id (GUID)'
            cand --group-name 'The group''s name, for people'
            cand --roles 'The roles it holds: a subset of the relationship''s'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --online 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it'
            cand --dry-run 'With --online: print the requests, send and record nothing'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;gdap;import'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --add-customers 'Record a customer (by tenant ID and name) for a relationship with an unknown tenant'
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
        &'csp;gdap;roles'= {
            cand --set 'Only the roles of this set: default (Microsoft''s default relationship), least-privilege (read and support only), cipp (what the CIPP tool requires)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;gdap;help'= {
            cand list 'List GDAP relationships, each as it stands now'
            cand show 'Show a relationship: roles, dates, approval link, access assignments'
            cand add 'Record a relationship created in Partner Center'
            cand request 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)'
            cand invite 'Draft the approval email the customer''s admin opens (the approval link)'
            cand activate 'Record that the customer approved it and it is active'
            cand terminate 'Record that it was terminated (or, --online, terminate it in Graph)'
            cand extend 'Turn auto-extend (180 days at a time) on or off'
            cand assign 'Record which partner security group holds which of its roles'
            cand import 'Load relationships from Graph''s JSON (GET /tenantRelationships/delegatedAdminRelationships)'
            cand roles 'Print the Entra roles csp knows and the named sets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;gdap;help;list'= {
        }
        &'csp;gdap;help;show'= {
        }
        &'csp;gdap;help;add'= {
        }
        &'csp;gdap;help;request'= {
        }
        &'csp;gdap;help;invite'= {
        }
        &'csp;gdap;help;activate'= {
        }
        &'csp;gdap;help;terminate'= {
        }
        &'csp;gdap;help;extend'= {
        }
        &'csp;gdap;help;assign'= {
        }
        &'csp;gdap;help;import'= {
        }
        &'csp;gdap;help;roles'= {
        }
        &'csp;gdap;help;help'= {
        }
        &'csp;providers'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand list 'List providers (by default those we are connected with) and how many of our customers each may order for'
            cand show 'Show a provider''s card: details, the customers it holds a relationship with, its joint invitations'
            cand add 'Connect with an indirect provider (its customers do not come with it)'
            cand remove 'Disconnect from a provider (it stays in history; pending joint invitations are reported)'
            cand attach 'Record that a provider already holds its own reseller relationship with an active customer'
            cand detach 'Forget a provider''s recorded relationship with a customer'
            cand invite 'Invite a customer jointly with this provider (as csp invite does with a provider)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;providers;list'= {
            cand --status 'Which providers to show'
            cand --limit 'At most N providers'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;providers;show'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;providers;add'= {
            cand --name 'The provider''s name'
            cand --tenant-id 'The provider''s tenant ID (GUID): the indirectCSPId of joint invitation links'
            cand --mpn-id 'The provider''s PartnerID (MPN ID)'
            cand --location 'Where the provider is, e.g. "Irvine, US"'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;providers;remove'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;providers;attach'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;providers;detach'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;providers;invite'= {
            cand --customer 'A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name'
            cand --name 'A new customer''s company name (with --domain); it is recorded as invited'
            cand --domain 'A new customer''s primary domain, e.g. northwind.com'
            cand --channel 'How a new customer found you'
            cand --email 'The address the invitation goes to [default: the customer''s contact email]'
            cand --contact-name 'The name of the person it goes to [default: the customer''s contact name]'
            cand --lang 'The language of the built-in template [default: the profile''s]'
            cand --template 'Your own template, [templates.NAME] in config.toml'
            cand --reference 'A note kept with the invitation (a ticket, a deal)'
            cand --eml 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)'
            cand --batch 'One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference'
            cand --eml-dir 'With --batch: also write one .eml message per invitation into DIR (created if missing)'
            cand --provider 'Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile''s default_provider]'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --delegated-admin 'Retired (DAP): refused; admin access is requested as a GDAP relationship'
            cand --copy 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)'
            cand --mailto 'Print a mailto: URI for the draft'
            cand --open 'Open the draft in the desktop''s mail client'
            cand --edit 'Edit the draft in $VISUAL or $EDITOR before it is recorded'
            cand --done 'Record it as sent at once (you are sending it now)'
            cand --no-provider 'Invite for yourself alone, even if the profile names a default_provider'
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
            cand list 'List providers (by default those we are connected with) and how many of our customers each may order for'
            cand show 'Show a provider''s card: details, the customers it holds a relationship with, its joint invitations'
            cand add 'Connect with an indirect provider (its customers do not come with it)'
            cand remove 'Disconnect from a provider (it stays in history; pending joint invitations are reported)'
            cand attach 'Record that a provider already holds its own reseller relationship with an active customer'
            cand detach 'Forget a provider''s recorded relationship with a customer'
            cand invite 'Invite a customer jointly with this provider (as csp invite does with a provider)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;providers;help;list'= {
        }
        &'csp;providers;help;show'= {
        }
        &'csp;providers;help;add'= {
        }
        &'csp;providers;help;remove'= {
        }
        &'csp;providers;help;attach'= {
        }
        &'csp;providers;help;detach'= {
        }
        &'csp;providers;help;invite'= {
        }
        &'csp;providers;help;help'= {
        }
        &'csp;remove'= {
            cand --reason 'Why the relationship ends (kept in the audit log)'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --acknowledge 'Confirm without a prompt that you have read and accept what removal means (see --help)'
            cand --in-partner-center 'Direct partners: end it in Partner Center too (signed in), recording it only once Microsoft accepted'
            cand --dry-run 'With --in-partner-center: print the request, send and record nothing'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;log'= {
            cand --customer 'Only entries about this customer (its invitations and provider links included)'
            cand --since 'Only entries at or after this date (YYYY-MM-DD) or time (RFC 3339)'
            cand --limit 'At most this many entries'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;login'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;logout'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;whoami'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;sync'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --dry-run 'Read and report, change nothing'
            cand --customers 'Partner Center''s customers (GET /v1/customers, every page)'
            cand --providers 'Our indirect providers (GET /v1/relationships?relationship_type=IsIndirectResellerOf)'
            cand --gdap 'GDAP relationships (Graph: /tenantRelationships/delegatedAdminRelationships)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;db'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
            cand migrate 'Bring the database''s schema up to date (every command does it when needed)'
            cand copy 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)'
            cand grant 'Let a PostgreSQL role read csp''s tables, or read and write them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;db;migrate'= {
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;db;copy'= {
            cand --to 'The target: a file, or a postgres:// URL; it must hold no csp data'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]'
            cand --format 'Output format [default: table on a terminal, tsv when piped]'
            cand --color 'When to use color (NO_COLOR and TERM=dumb are honoured)'
            cand --replace 'Replace everything the target holds (its audit log included)'
            cand --json 'Same as --format json'
            cand --no-input 'Never prompt; missing values are usage errors'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'csp;db;grant'= {
            cand --read-only 'The role may read everything and change nothing (the server refuses its writes)'
            cand --writer 'The role may read and record; the audit log is appended to, never changed'
            cand --db 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]'
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
        &'csp;db;help'= {
            cand migrate 'Bring the database''s schema up to date (every command does it when needed)'
            cand copy 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)'
            cand grant 'Let a PostgreSQL role read csp''s tables, or read and write them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;db;help;migrate'= {
        }
        &'csp;db;help;copy'= {
        }
        &'csp;db;help;grant'= {
        }
        &'csp;db;help;help'= {
        }
        &'csp;help'= {
            cand init 'Write the partner profile (config.toml)'
            cand status 'What needs attention, each with the command that deals with it'
            cand customers 'Keep the list of customers you hold a reseller relationship with'
            cand invite 'Draft and track the invitation that creates a reseller relationship'
            cand gdap 'GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time'
            cand providers 'Indirect providers you work through'
            cand remove 'Record the end of the reseller relationship with a customer, safely'
            cand log 'The audit log of every change'
            cand login 'Sign in to Microsoft (device code) for sync and online actions'
            cand logout 'Forget the sign-in (remove the kept refresh token from the keychain or file)'
            cand whoami 'Who is signed in to Microsoft, and where the token is kept (never a token)'
            cand sync 'Read customers, providers and GDAP from Microsoft into the records'
            cand db 'The database: its schema, and on PostgreSQL who may read or write it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'csp;help;init'= {
        }
        &'csp;help;status'= {
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
            cand list 'List invitations (by default the pending ones: draft or sent)'
            cand show 'Show an invitation and its draft'
            cand done 'Record that you sent it (draft → sent)'
            cand accept 'Record that the customer accepted it: the customer becomes active'
            cand cancel 'Cancel a pending invitation'
            cand remind 'Draft a reminder for a sent invitation (same link); records reminded_at'
            cand link 'Print the invitation link alone'
        }
        &'csp;help;invite;list'= {
        }
        &'csp;help;invite;show'= {
        }
        &'csp;help;invite;done'= {
        }
        &'csp;help;invite;accept'= {
        }
        &'csp;help;invite;cancel'= {
        }
        &'csp;help;invite;remind'= {
        }
        &'csp;help;invite;link'= {
        }
        &'csp;help;gdap'= {
            cand list 'List GDAP relationships, each as it stands now'
            cand show 'Show a relationship: roles, dates, approval link, access assignments'
            cand add 'Record a relationship created in Partner Center'
            cand request 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)'
            cand invite 'Draft the approval email the customer''s admin opens (the approval link)'
            cand activate 'Record that the customer approved it and it is active'
            cand terminate 'Record that it was terminated (or, --online, terminate it in Graph)'
            cand extend 'Turn auto-extend (180 days at a time) on or off'
            cand assign 'Record which partner security group holds which of its roles'
            cand import 'Load relationships from Graph''s JSON (GET /tenantRelationships/delegatedAdminRelationships)'
            cand roles 'Print the Entra roles csp knows and the named sets'
        }
        &'csp;help;gdap;list'= {
        }
        &'csp;help;gdap;show'= {
        }
        &'csp;help;gdap;add'= {
        }
        &'csp;help;gdap;request'= {
        }
        &'csp;help;gdap;invite'= {
        }
        &'csp;help;gdap;activate'= {
        }
        &'csp;help;gdap;terminate'= {
        }
        &'csp;help;gdap;extend'= {
        }
        &'csp;help;gdap;assign'= {
        }
        &'csp;help;gdap;import'= {
        }
        &'csp;help;gdap;roles'= {
        }
        &'csp;help;providers'= {
            cand list 'List providers (by default those we are connected with) and how many of our customers each may order for'
            cand show 'Show a provider''s card: details, the customers it holds a relationship with, its joint invitations'
            cand add 'Connect with an indirect provider (its customers do not come with it)'
            cand remove 'Disconnect from a provider (it stays in history; pending joint invitations are reported)'
            cand attach 'Record that a provider already holds its own reseller relationship with an active customer'
            cand detach 'Forget a provider''s recorded relationship with a customer'
            cand invite 'Invite a customer jointly with this provider (as csp invite does with a provider)'
        }
        &'csp;help;providers;list'= {
        }
        &'csp;help;providers;show'= {
        }
        &'csp;help;providers;add'= {
        }
        &'csp;help;providers;remove'= {
        }
        &'csp;help;providers;attach'= {
        }
        &'csp;help;providers;detach'= {
        }
        &'csp;help;providers;invite'= {
        }
        &'csp;help;remove'= {
        }
        &'csp;help;log'= {
        }
        &'csp;help;login'= {
        }
        &'csp;help;logout'= {
        }
        &'csp;help;whoami'= {
        }
        &'csp;help;sync'= {
        }
        &'csp;help;db'= {
            cand migrate 'Bring the database''s schema up to date (every command does it when needed)'
            cand copy 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)'
            cand grant 'Let a PostgreSQL role read csp''s tables, or read and write them'
        }
        &'csp;help;db;migrate'= {
        }
        &'csp;help;db;copy'= {
        }
        &'csp;help;db;grant'= {
        }
        &'csp;help;help'= {
        }
    ]
    $completions[$command]
}
