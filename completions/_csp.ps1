
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'csp' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'csp'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'csp' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the partner profile (config.toml)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What needs attention, each with the command that deals with it')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Keep the list of customers you hold a reseller relationship with')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Draft and track the invitation that creates a reseller relationship')
            [CompletionResult]::new('gdap', 'gdap', [CompletionResultType]::ParameterValue, 'GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'Indirect providers you work through')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Record the end of the reseller relationship with a customer, safely')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to Microsoft (device code) for sync and online actions')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the sign-in (remove the kept refresh token from the keychain or file)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who is signed in to Microsoft, and where the token is kept (never a token)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read customers, providers and GDAP from Microsoft into the records')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database: its schema, and on PostgreSQL who may read or write it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Your company''s name, as customers know it')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'Your partner tenant ID (a GUID): the partnerId of every invitation link')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'Your PartnerID (MPN ID; Partner Center''s PLA ID): the msppId of joint invitations, which need it')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Your role in Partner Center: global-admin, admin-agent and sales-agent record customers and invite; only global-admin and admin-agent remove and manage providers; the others read')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of CSP partner you are [default: indirect-reseller]')
            [CompletionResult]::new('--default-provider', '--default-provider', [CompletionResultType]::ParameterName, 'Your usual indirect provider (distributor): plain `csp invite` then invites jointly with it, unless --no-provider')
            [CompletionResult]::new('--reseller-link', '--reseller-link', [CompletionResultType]::ParameterName, 'The link Partner Center shows under Customers → Request a reseller relationship; used as it is')
            [CompletionResult]::new('--sender-name', '--sender-name', [CompletionResultType]::ParameterName, 'The name invitations are signed with')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Your email address (the From of .eml drafts)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'The language of invitations by default')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Ask Partner Center for your reseller link (signed in: `csp login`, or CSP_MS_REFRESH_TOKEN) and keep it as the profile''s reseller_link')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --online: print the request, send nothing, write nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with status 6 when anything needs attention (the items are printed too)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers (by default those with an active relationship)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: details, where to manage it, providers, invitations')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer you already serve through another portal (active)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers from CSV: csp''s own columns or Partner Center''s Customers.csv')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s details, tags or delegated admin status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers as CSV (re-imports as is)')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the customer in Partner Center, or its admin center')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;customers;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which relationships to show')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Company names or domains starting with TEXT (case-insensitive)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only customers this provider holds a relationship with')
            [CompletionResult]::new('--not-provider', '--not-provider', [CompletionResultType]::ParameterName, 'Only customers this provider holds no relationship with, so it cannot order for them')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only customers found through this channel')
            [CompletionResult]::new('--admin-access', '--admin-access', [CompletionResultType]::ParameterName, 'Only customers with this admin access (any: active, expiring or legacy-dap, where we can administer now)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N customers')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--delegated-admin', '--delegated-admin', [CompletionResultType]::ParameterName, 'Only customers where a legacy DAP grant (delegated admin, from before GDAP) is recorded')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Company name (asked for on a terminal when missing)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Primary domain, e.g. fabrikam.com (asked for on a terminal when missing)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'The customer''s tenant ID (GUID)')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'The customer''s contact person')
            [CompletionResult]::new('--contact-email', '--contact-email', [CompletionResultType]::ParameterName, 'The contact''s email address (where invitations go)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the customer came from')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'When the relationship really started (YYYY-MM-DD), for customers served long before csp')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--delegated-admin', '--delegated-admin', [CompletionResultType]::ParameterName, 'A legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;import' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source of new customers when the file has no source column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, changing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new company name')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'The contact person (empty clears it)')
            [CompletionResult]::new('--contact-email', '--contact-email', [CompletionResultType]::ParameterName, 'The contact''s email address (empty clears it)')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'The customer''s tenant ID (GUID)')
            [CompletionResult]::new('--delegated-admin', '--delegated-admin', [CompletionResultType]::ParameterName, 'Whether a legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Remove a tag (repeatable)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Make DOMAIN the primary domain (one of its other domains trades places with it)')
            [CompletionResult]::new('--add-domain', '--add-domain', [CompletionResultType]::ParameterName, 'Record another domain of its tenant, e.g. its .onmicrosoft.com one (repeatable)')
            [CompletionResult]::new('--remove-domain', '--remove-domain', [CompletionResultType]::ParameterName, 'Forget one of its other domains (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'When the relationship really started (YYYY-MM-DD)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;export' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which relationships to export')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;open' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--admin-center', '--admin-center', [CompletionResultType]::ParameterName, 'The Microsoft 365 admin center on the customer''s behalf (needs admin access: active GDAP, or legacy DAP)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;customers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers (by default those with an active relationship)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: details, where to manage it, providers, invitations')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer you already serve through another portal (active)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers from CSV: csp''s own columns or Partner Center''s Customers.csv')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s details, tags or delegated admin status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers as CSV (re-imports as is)')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the customer in Partner Center, or its admin center')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;customers;help;list' {
            break
        }
        'csp;customers;help;show' {
            break
        }
        'csp;customers;help;add' {
            break
        }
        'csp;customers;help;import' {
            break
        }
        'csp;customers;help;update' {
            break
        }
        'csp;customers;help;export' {
            break
        }
        'csp;customers;help;open' {
            break
        }
        'csp;customers;help;help' {
            break
        }
        'csp;invite' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new customer''s company name (with --domain); it is recorded as invited')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'A new customer''s primary domain, e.g. northwind.com')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How a new customer found you')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The address the invitation goes to [default: the customer''s contact email]')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'The name of the person it goes to [default: the customer''s contact name]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile''s default_provider]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the built-in template [default: the profile''s]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Your own template, [templates.NAME] in config.toml')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'A note kept with the invitation (a ticket, a deal)')
            [CompletionResult]::new('--eml', '--eml', [CompletionResultType]::ParameterName, 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference')
            [CompletionResult]::new('--eml-dir', '--eml-dir', [CompletionResultType]::ParameterName, 'With --batch: also write one .eml message per invitation into DIR (created if missing)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--no-provider', '--no-provider', [CompletionResultType]::ParameterName, 'Invite for yourself alone, even if the profile names a default_provider')
            [CompletionResult]::new('--delegated-admin', '--delegated-admin', [CompletionResultType]::ParameterName, 'Retired (DAP): refused; admin access is requested as a GDAP relationship')
            [CompletionResult]::new('--copy', '--copy', [CompletionResultType]::ParameterName, 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)')
            [CompletionResult]::new('--mailto', '--mailto', [CompletionResultType]::ParameterName, 'Print a mailto: URI for the draft')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the draft in the desktop''s mail client')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Edit the draft in $VISUAL or $EDITOR before it is recorded')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Record it as sent at once (you are sending it now)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations (by default the pending ones: draft or sent)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation and its draft')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Record that you sent it (draft → sent)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Record that the customer accepted it: the customer becomes active')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending invitation')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Draft a reminder for a sent invitation (same link); records reminded_at')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print the invitation link alone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;invite;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which invitations to show')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only those sent (or created, if never sent) longer ago than AGE: 14d, 36h, 2w')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s invitations')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only joint invitations with this provider')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N invitations')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;remind' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the reminder [default: the invitation''s]')
            [CompletionResult]::new('--eml', '--eml', [CompletionResultType]::ParameterName, 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--copy', '--copy', [CompletionResultType]::ParameterName, 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)')
            [CompletionResult]::new('--mailto', '--mailto', [CompletionResultType]::ParameterName, 'Print a mailto: URI for the draft')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the draft in the desktop''s mail client')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Edit the draft in $VISUAL or $EDITOR before it is recorded')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;link' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The joint link with this indirect provider [default: the profile''s default_provider]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--no-provider', '--no-provider', [CompletionResultType]::ParameterName, 'The link for yourself alone, even if the profile names a default_provider')
            [CompletionResult]::new('--delegated-admin', '--delegated-admin', [CompletionResultType]::ParameterName, 'Retired (DAP): refused; admin access is requested as a GDAP relationship')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Ask Partner Center for the link (signed in) and keep yours as partner.reseller_link')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --online: print the request, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;invite;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations (by default the pending ones: draft or sent)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation and its draft')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Record that you sent it (draft → sent)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Record that the customer accepted it: the customer becomes active')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending invitation')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Draft a reminder for a sent invitation (same link); records reminded_at')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print the invitation link alone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;invite;help;list' {
            break
        }
        'csp;invite;help;show' {
            break
        }
        'csp;invite;help;done' {
            break
        }
        'csp;invite;help;accept' {
            break
        }
        'csp;invite;help;cancel' {
            break
        }
        'csp;invite;help;remind' {
            break
        }
        'csp;invite;help;link' {
            break
        }
        'csp;invite;help;help' {
            break
        }
        'csp;gdap' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List GDAP relationships, each as it stands now')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a relationship: roles, dates, approval link, access assignments')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a relationship created in Partner Center')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Draft the approval email the customer''s admin opens (the approval link)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Record that the customer approved it and it is active')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Record that it was terminated (or, --online, terminate it in Graph)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Turn auto-extend (180 days at a time) on or off')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Record which partner security group holds which of its roles')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load relationships from Graph''s JSON (GET /tenantRelationships/delegatedAdminRelationships)')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Print the Entra roles csp knows and the named sets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;gdap;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s relationships')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only relationships in this status (as it stands now)')
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'Only those in force that end within PERIOD without auto-extend: 30d, 2w')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;add' {
            [CompletionResult]::new('--microsoft-id', '--microsoft-id', [CompletionResultType]::ParameterName, 'Graph''s id of the relationship (Partner Center shows it)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its display name (at most 50 characters, unique among yours)')
            [CompletionResult]::new('--roles', '--roles', [CompletionResultType]::ParameterName, 'Role names, role definition ids, or a set: default, least-privilege, cipp (see `csp gdap roles`)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long it lasts once approved: 1 to 730 days')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Its status [default: approval_pending, or active with --activated]')
            [CompletionResult]::new('--requested', '--requested', [CompletionResultType]::ParameterName, 'When it was requested (YYYY-MM-DD or RFC 3339) [default: now, while pending]')
            [CompletionResult]::new('--activated', '--activated', [CompletionResultType]::ParameterName, 'When it became active (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--auto-extend', '--auto-extend', [CompletionResultType]::ParameterName, 'Microsoft extends it by 180 days at a time (not with Global Administrator)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;request' {
            [CompletionResult]::new('--roles', '--roles', [CompletionResultType]::ParameterName, 'Role names, ids or a named set, comma-separated (see `csp gdap roles`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The relationship''s display name (at most 50 characters, unique)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long it lasts once approved, e.g. 730d (1 to 730 days)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The approval email''s address [default: the customer''s contact email]')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'The name of the person it goes to [default: the customer''s contact name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the email [default: the profile''s]')
            [CompletionResult]::new('--eml', '--eml', [CompletionResultType]::ParameterName, 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--auto-extend', '--auto-extend', [CompletionResultType]::ParameterName, 'Extend it by 180 days at a time (not with Global Administrator)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests csp would send to Graph, send nothing')
            [CompletionResult]::new('--copy', '--copy', [CompletionResultType]::ParameterName, 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)')
            [CompletionResult]::new('--mailto', '--mailto', [CompletionResultType]::ParameterName, 'Print a mailto: URI for the draft')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the draft in the desktop''s mail client')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Edit the draft in $VISUAL or $EDITOR before it is recorded')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Record the approval email as sent at once (you are sending it now)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;invite' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The address it goes to [default: the customer''s contact email]')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'The name of the person it goes to [default: the customer''s contact name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the email [default: the profile''s]')
            [CompletionResult]::new('--eml', '--eml', [CompletionResultType]::ParameterName, 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--copy', '--copy', [CompletionResultType]::ParameterName, 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)')
            [CompletionResult]::new('--mailto', '--mailto', [CompletionResultType]::ParameterName, 'Print a mailto: URI for the draft')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the draft in the desktop''s mail client')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Edit the draft in $VISUAL or $EDITOR before it is recorded')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Record it as sent at once (you are sending it now)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;activate' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it became active (YYYY-MM-DD or RFC 3339) [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;terminate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the record and the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --online: print the requests, send and record nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;extend' {
            [CompletionResult]::new('--auto-extend', '--auto-extend', [CompletionResultType]::ParameterName, 'true: Microsoft extends it 180 days at a time; false: it ends at its end date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --online: print the requests, send and record nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;assign' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The partner security group''s object id (GUID)')
            [CompletionResult]::new('--group-name', '--group-name', [CompletionResultType]::ParameterName, 'The group''s name, for people')
            [CompletionResult]::new('--roles', '--roles', [CompletionResultType]::ParameterName, 'The roles it holds: a subset of the relationship''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Make the change in Microsoft Graph first (signed in with `csp login`), then record it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --online: print the requests, send and record nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--add-customers', '--add-customers', [CompletionResultType]::ParameterName, 'Record a customer (by tenant ID and name) for a relationship with an unknown tenant')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, changing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;roles' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Only the roles of this set: default (Microsoft''s default relationship), least-privilege (read and support only), cipp (what the CIPP tool requires)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;gdap;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List GDAP relationships, each as it stands now')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a relationship: roles, dates, approval link, access assignments')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a relationship created in Partner Center')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Draft the approval email the customer''s admin opens (the approval link)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Record that the customer approved it and it is active')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Record that it was terminated (or, --online, terminate it in Graph)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Turn auto-extend (180 days at a time) on or off')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Record which partner security group holds which of its roles')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load relationships from Graph''s JSON (GET /tenantRelationships/delegatedAdminRelationships)')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Print the Entra roles csp knows and the named sets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;gdap;help;list' {
            break
        }
        'csp;gdap;help;show' {
            break
        }
        'csp;gdap;help;add' {
            break
        }
        'csp;gdap;help;request' {
            break
        }
        'csp;gdap;help;invite' {
            break
        }
        'csp;gdap;help;activate' {
            break
        }
        'csp;gdap;help;terminate' {
            break
        }
        'csp;gdap;help;extend' {
            break
        }
        'csp;gdap;help;assign' {
            break
        }
        'csp;gdap;help;import' {
            break
        }
        'csp;gdap;help;roles' {
            break
        }
        'csp;gdap;help;help' {
            break
        }
        'csp;providers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers (by default those we are connected with) and how many of our customers each may order for')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider''s card: details, the customers it holds a relationship with, its joint invitations')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Connect with an indirect provider (its customers do not come with it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Disconnect from a provider (it stays in history; pending joint invitations are reported)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Record that a provider already holds its own reseller relationship with an active customer')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Forget a provider''s recorded relationship with a customer')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a customer jointly with this provider (as csp invite does with a provider)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;providers;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which providers to show')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N providers')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The provider''s name')
            [CompletionResult]::new('--tenant-id', '--tenant-id', [CompletionResultType]::ParameterName, 'The provider''s tenant ID (GUID): the indirectCSPId of joint invitation links')
            [CompletionResult]::new('--mpn-id', '--mpn-id', [CompletionResultType]::ParameterName, 'The provider''s PartnerID (MPN ID)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the provider is, e.g. "Irvine, US"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;attach' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;detach' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;invite' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new customer''s company name (with --domain); it is recorded as invited')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'A new customer''s primary domain, e.g. northwind.com')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How a new customer found you')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The address the invitation goes to [default: the customer''s contact email]')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'The name of the person it goes to [default: the customer''s contact name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the built-in template [default: the profile''s]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Your own template, [templates.NAME] in config.toml')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'A note kept with the invitation (a ticket, a deal)')
            [CompletionResult]::new('--eml', '--eml', [CompletionResultType]::ParameterName, 'Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference')
            [CompletionResult]::new('--eml-dir', '--eml-dir', [CompletionResultType]::ParameterName, 'With --batch: also write one .eml message per invitation into DIR (created if missing)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile''s default_provider]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--delegated-admin', '--delegated-admin', [CompletionResultType]::ParameterName, 'Retired (DAP): refused; admin access is requested as a GDAP relationship')
            [CompletionResult]::new('--copy', '--copy', [CompletionResultType]::ParameterName, 'Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)')
            [CompletionResult]::new('--mailto', '--mailto', [CompletionResultType]::ParameterName, 'Print a mailto: URI for the draft')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the draft in the desktop''s mail client')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Edit the draft in $VISUAL or $EDITOR before it is recorded')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Record it as sent at once (you are sending it now)')
            [CompletionResult]::new('--no-provider', '--no-provider', [CompletionResultType]::ParameterName, 'Invite for yourself alone, even if the profile names a default_provider')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;providers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers (by default those we are connected with) and how many of our customers each may order for')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider''s card: details, the customers it holds a relationship with, its joint invitations')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Connect with an indirect provider (its customers do not come with it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Disconnect from a provider (it stays in history; pending joint invitations are reported)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Record that a provider already holds its own reseller relationship with an active customer')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Forget a provider''s recorded relationship with a customer')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a customer jointly with this provider (as csp invite does with a provider)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;providers;help;list' {
            break
        }
        'csp;providers;help;show' {
            break
        }
        'csp;providers;help;add' {
            break
        }
        'csp;providers;help;remove' {
            break
        }
        'csp;providers;help;attach' {
            break
        }
        'csp;providers;help;detach' {
            break
        }
        'csp;providers;help;invite' {
            break
        }
        'csp;providers;help;help' {
            break
        }
        'csp;remove' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the relationship ends (kept in the audit log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--acknowledge', '--acknowledge', [CompletionResultType]::ParameterName, 'Confirm without a prompt that you have read and accept what removal means (see --help)')
            [CompletionResult]::new('--in-partner-center', '--in-partner-center', [CompletionResultType]::ParameterName, 'Direct partners: end it in Partner Center too (signed in), recording it only once Microsoft accepted')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --in-partner-center: print the request, send and record nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;log' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only entries about this customer (its invitations and provider links included)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this date (YYYY-MM-DD) or time (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;whoami' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read and report, change nothing')
            [CompletionResult]::new('--customers', '--customers', [CompletionResultType]::ParameterName, 'Partner Center''s customers (GET /v1/customers, every page)')
            [CompletionResult]::new('--providers', '--providers', [CompletionResultType]::ParameterName, 'Our indirect providers (GET /v1/relationships?relationship_type=IsIndirectResellerOf)')
            [CompletionResult]::new('--gdap', '--gdap', [CompletionResultType]::ParameterName, 'GDAP relationships (Graph: /tenantRelationships/delegatedAdminRelationships)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Bring the database''s schema up to date (every command does it when needed)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a PostgreSQL role read csp''s tables, or read and write them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The target: a file, or a postgres:// URL; it must hold no csp data')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace everything the target holds (its audit log included)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;db;grant' {
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'The role may read everything and change nothing (the server refuses its writes)')
            [CompletionResult]::new('--writer', '--writer', [CompletionResultType]::ParameterName, 'The role may read and record; the audit log is appended to, never changed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/csp/config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv when piped]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use color (NO_COLOR and TERM=dumb are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; missing values are usage errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'csp;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Bring the database''s schema up to date (every command does it when needed)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a PostgreSQL role read csp''s tables, or read and write them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;db;help;migrate' {
            break
        }
        'csp;db;help;copy' {
            break
        }
        'csp;db;help;grant' {
            break
        }
        'csp;db;help;help' {
            break
        }
        'csp;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the partner profile (config.toml)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What needs attention, each with the command that deals with it')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Keep the list of customers you hold a reseller relationship with')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Draft and track the invitation that creates a reseller relationship')
            [CompletionResult]::new('gdap', 'gdap', [CompletionResultType]::ParameterValue, 'GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'Indirect providers you work through')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Record the end of the reseller relationship with a customer, safely')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to Microsoft (device code) for sync and online actions')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the sign-in (remove the kept refresh token from the keychain or file)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who is signed in to Microsoft, and where the token is kept (never a token)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read customers, providers and GDAP from Microsoft into the records')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database: its schema, and on PostgreSQL who may read or write it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'csp;help;init' {
            break
        }
        'csp;help;status' {
            break
        }
        'csp;help;customers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers (by default those with an active relationship)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s card: details, where to manage it, providers, invitations')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer you already serve through another portal (active)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers from CSV: csp''s own columns or Partner Center''s Customers.csv')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s details, tags or delegated admin status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers as CSV (re-imports as is)')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the customer in Partner Center, or its admin center')
            break
        }
        'csp;help;customers;list' {
            break
        }
        'csp;help;customers;show' {
            break
        }
        'csp;help;customers;add' {
            break
        }
        'csp;help;customers;import' {
            break
        }
        'csp;help;customers;update' {
            break
        }
        'csp;help;customers;export' {
            break
        }
        'csp;help;customers;open' {
            break
        }
        'csp;help;invite' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations (by default the pending ones: draft or sent)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation and its draft')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Record that you sent it (draft → sent)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Record that the customer accepted it: the customer becomes active')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending invitation')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Draft a reminder for a sent invitation (same link); records reminded_at')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print the invitation link alone')
            break
        }
        'csp;help;invite;list' {
            break
        }
        'csp;help;invite;show' {
            break
        }
        'csp;help;invite;done' {
            break
        }
        'csp;help;invite;accept' {
            break
        }
        'csp;help;invite;cancel' {
            break
        }
        'csp;help;invite;remind' {
            break
        }
        'csp;help;invite;link' {
            break
        }
        'csp;help;gdap' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List GDAP relationships, each as it stands now')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a relationship: roles, dates, approval link, access assignments')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a relationship created in Partner Center')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Draft the approval email the customer''s admin opens (the approval link)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Record that the customer approved it and it is active')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Record that it was terminated (or, --online, terminate it in Graph)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Turn auto-extend (180 days at a time) on or off')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Record which partner security group holds which of its roles')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load relationships from Graph''s JSON (GET /tenantRelationships/delegatedAdminRelationships)')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Print the Entra roles csp knows and the named sets')
            break
        }
        'csp;help;gdap;list' {
            break
        }
        'csp;help;gdap;show' {
            break
        }
        'csp;help;gdap;add' {
            break
        }
        'csp;help;gdap;request' {
            break
        }
        'csp;help;gdap;invite' {
            break
        }
        'csp;help;gdap;activate' {
            break
        }
        'csp;help;gdap;terminate' {
            break
        }
        'csp;help;gdap;extend' {
            break
        }
        'csp;help;gdap;assign' {
            break
        }
        'csp;help;gdap;import' {
            break
        }
        'csp;help;gdap;roles' {
            break
        }
        'csp;help;providers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers (by default those we are connected with) and how many of our customers each may order for')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider''s card: details, the customers it holds a relationship with, its joint invitations')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Connect with an indirect provider (its customers do not come with it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Disconnect from a provider (it stays in history; pending joint invitations are reported)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Record that a provider already holds its own reseller relationship with an active customer')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Forget a provider''s recorded relationship with a customer')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a customer jointly with this provider (as csp invite does with a provider)')
            break
        }
        'csp;help;providers;list' {
            break
        }
        'csp;help;providers;show' {
            break
        }
        'csp;help;providers;add' {
            break
        }
        'csp;help;providers;remove' {
            break
        }
        'csp;help;providers;attach' {
            break
        }
        'csp;help;providers;detach' {
            break
        }
        'csp;help;providers;invite' {
            break
        }
        'csp;help;remove' {
            break
        }
        'csp;help;log' {
            break
        }
        'csp;help;login' {
            break
        }
        'csp;help;logout' {
            break
        }
        'csp;help;whoami' {
            break
        }
        'csp;help;sync' {
            break
        }
        'csp;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Bring the database''s schema up to date (every command does it when needed)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database to another one, of either engine (a file to a server, a server to a file)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a PostgreSQL role read csp''s tables, or read and write them')
            break
        }
        'csp;help;db;migrate' {
            break
        }
        'csp;help;db;copy' {
            break
        }
        'csp;help;db;grant' {
            break
        }
        'csp;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
