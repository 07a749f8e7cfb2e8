//! The committed completion scripts work in the real shells: loaded as a
//! user loads them, completing `csp ` offers the top-level commands.

use crate::common;
use std::path::{Path, PathBuf};
use std::process::Command;

const TOP_LEVEL: [&str; 7] = [
    "customers",
    "invite",
    "providers",
    "gdap",
    "remove",
    "log",
    "init",
];

/// bash-completion, as users have it loaded: the completion script must
/// work with it (it is what `complete` helpers come from on most systems).
const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

fn completions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("completions")
}

/// What bash's programmable completion offers for `line` (ending where the
/// cursor is), with bash-completion loaded as on a user's machine.
fn bash_complete(line: &str) -> Vec<String> {
    let script = format!(
        r#"
source '{bash_completion}'
source '{script}'
line='{line}'
read -r -a COMP_WORDS <<< "$line"
if [[ "$line" == *' ' ]]; then COMP_WORDS+=(''); fi
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="$line"
COMP_POINT=${{#line}}
spec=$(complete -p csp) || exit 3
function=$(sed -E 's/.*-F ([^ ]+).*/\1/' <<< "$spec")
prev=''
if (( COMP_CWORD > 0 )); then prev="${{COMP_WORDS[COMP_CWORD-1]}}"; fi
"$function" csp "${{COMP_WORDS[COMP_CWORD]}}" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}"
"#,
        script = completions().join("csp.bash").display(),
        bash_completion = BASH_COMPLETION,
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "bash failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_the_top_level_commands() {
    if !common::require_program("bash", "bash")
        || !common::require_file(BASH_COMPLETION, "bash-completion")
    {
        return;
    }
    let offered = bash_complete("csp ");
    for command in TOP_LEVEL {
        assert!(
            offered.iter().any(|o| o == command),
            "bash does not offer {command}: {offered:?}"
        );
    }
}

#[test]
fn bash_completes_subcommands_and_flag_values() {
    if !common::require_program("bash", "bash")
        || !common::require_file(BASH_COMPLETION, "bash-completion")
    {
        return;
    }
    let offered = bash_complete("csp customers ");
    for sub in ["list", "show", "add", "import", "update", "export", "open"] {
        assert!(offered.iter().any(|o| o == sub), "no {sub}: {offered:?}");
    }
    let offered = bash_complete("csp customers list --status ");
    assert_eq!(
        {
            let mut o = offered.clone();
            o.sort();
            o
        },
        ["active", "all", "invited", "removed"],
        "{offered:?}"
    );
    let offered = bash_complete("csp --for");
    assert_eq!(offered, ["--format"]);
}

fn fish_complete(line: &str) -> Vec<String> {
    let script = format!(
        "source '{}'; complete --do-complete '{line}'",
        completions().join("csp.fish").display()
    );
    let out = Command::new("fish")
        .args(["--no-config", "-c", &script])
        .env("HOME", std::env::temp_dir())
        .output()
        .expect("run fish");
    assert!(
        out.status.success(),
        "fish failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Each line is `word<TAB>description`.
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn fish_completes_the_top_level_commands() {
    if !common::require_program("fish", "fish") {
        return;
    }
    let offered = fish_complete("csp ");
    for command in TOP_LEVEL {
        assert!(
            offered.iter().any(|o| o == command),
            "fish does not offer {command}: {offered:?}"
        );
    }
    let offered = fish_complete("csp customers ");
    for sub in ["list", "show", "add", "import"] {
        assert!(offered.iter().any(|o| o == sub), "no {sub}: {offered:?}");
    }
}

/// zsh completes only inside its line editor, so this drives an interactive
/// zsh in a pseudo-terminal: load `_csp` through `compinit` as a user's
/// fpath would, type `csp ` and TAB, and read the list zsh prints.
#[cfg(unix)]
#[test]
fn zsh_completes_the_top_level_commands() {
    if !common::require_program("zsh", "zsh") {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let mut cmd = Command::new("zsh");
    cmd.args(["-f", "-i"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("ZDOTDIR", home.path())
        .env("TERM", "xterm")
        .env("LINES", "50")
        .env("COLUMNS", "200");
    let mut zsh = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn zsh");
    zsh.send_line(&format!(
        "PS1='%% '; fpath=('{}' $fpath); autoload -Uz compinit; compinit -u -D; echo READY''1",
        completions().display()
    ))
    .expect("setup");
    zsh.exp_string("READY1").expect("zsh is ready");
    // zsh drops what is typed before its line editor starts: wait for the prompt.
    zsh.exp_string("% ").expect("prompt");
    zsh.send("csp \t").expect("type");
    zsh.flush().expect("flush");
    // The list is sorted, one `name -- description` a line: read up to remove's.
    let (listed, _) = zsh
        .exp_regex(r"remove +-- ")
        .expect("zsh listed completions");
    zsh.send_control('c').expect("ctrl-c");
    zsh.exp_string("% ").expect("prompt again");
    for command in TOP_LEVEL.iter().filter(|c| **c != "remove") {
        assert!(
            listed.contains(&format!("{command} ")),
            "zsh does not offer {command}:\n{listed}"
        );
    }
    assert!(
        listed.contains("The audit log of every change"),
        "zsh shows no descriptions:\n{listed}"
    );
    zsh.send_line("exit").expect("exit");
    zsh.exp_eof().expect("zsh exits");
}
