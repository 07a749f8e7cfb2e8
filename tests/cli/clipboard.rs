//! `csp invite --copy`: the draft is on the real clipboard after `csp` has
//! exited (an Xvfb display and xclip stand in for a desktop), and with no
//! clipboard the draft is printed, the command says why, and nothing is lost.

use crate::common::{self, Home, Run};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A private X server on a free display, stopped when dropped.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        // `-displayfd 1`: Xvfb picks a free display itself and writes its
        // number on stdout once it accepts connections.
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "640x480x24",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("Xvfb stdout"))
            .read_line(&mut line)
            .expect("Xvfb display number");
        let number = line.trim();
        assert!(
            !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
            "Xvfb said {line:?}"
        );
        Xvfb {
            display: format!(":{number}"),
            child,
        }
    }

    /// Runs xclip. When it copies (`-i`) it forks a server that outlives
    /// the call, so its stdout is not a pipe anyone waits on.
    fn xclip(&self, args: &[&str], stdin: &str) -> String {
        let copying = args.contains(&"-i");
        let mut child = Command::new("xclip")
            .args(args)
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(if copying {
                Stdio::null()
            } else {
                Stdio::piped()
            })
            .stderr(Stdio::null())
            .spawn()
            .expect("run xclip");
        {
            use std::io::Write;
            let mut input = child.stdin.take().expect("xclip stdin");
            input.write_all(stdin.as_bytes()).expect("write to xclip");
        }
        let out = child.wait_with_output().expect("xclip output");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn clipboard(&self) -> String {
        self.xclip(&["-o", "-selection", "clipboard"], "")
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn copy(home: &Home, display: &str) -> Run {
    let out = home
        .command(&[
            "-q",
            "invite",
            "--name",
            "Northwind Café",
            "--domain",
            "northwind.com",
            "--email",
            "it@northwind.com",
            "--copy",
        ])
        .env("DISPLAY", display)
        .write_stdin("")
        .timeout(Duration::from_secs(60))
        .output()
        .expect("run csp");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The draft as `csp invite` prints it, rebuilt from what was stored.
fn stored_draft(home: &Home) -> String {
    let (to, subject, body): (Option<String>, String, String) = home
        .sql()
        .query_row(
            "SELECT to_address, subject, body FROM invitations",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("one invitation");
    let to = to.unwrap_or_default();
    let mut text = format!("To: {to}\nSubject: {subject}\n\n{body}");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Whether a clipboard keeper serving `display` still runs (Linux: /proc).
#[cfg(target_os = "linux")]
fn keeper_running(display: &str) -> bool {
    let wanted = format!("DISPLAY={display}");
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .any(|entry| {
            let dir = entry.path();
            let cmdline = std::fs::read(dir.join("cmdline")).unwrap_or_default();
            let environ = std::fs::read(dir.join("environ")).unwrap_or_default();
            let has = |hay: &[u8], needle: &str| {
                hay.split(|b| *b == 0).any(|part| part == needle.as_bytes())
            };
            has(&cmdline, "internal-keep-clipboard") && has(&environ, &wanted)
        })
}

#[test]
fn copy_leaves_the_draft_on_the_clipboard_after_csp_exits() {
    if !common::require_program("Xvfb", "xvfb") || !common::require_program("xclip", "xclip") {
        return;
    }
    let x = Xvfb::start();
    let home = Home::new();
    // `output()` above returned: csp has exited and closed stdout and stderr,
    // so the keeper holds none of them.
    let run = copy(&home, &x.display);
    assert_eq!(run.ok(), "", "the draft goes to the clipboard, not stdout");
    assert_eq!(run.stderr, "");

    #[cfg(target_os = "linux")]
    assert!(
        keeper_running(&x.display),
        "a background keeper serves the clipboard"
    );
    let draft = stored_draft(&home);
    assert!(draft.contains("Northwind Café") && draft.contains("https://admin.microsoft.com/"));
    assert_eq!(x.clipboard(), draft);
    // Read twice: serving is not a one-shot.
    assert_eq!(x.clipboard(), draft);

    // Another program copies: the keeper lets go and ends.
    x.xclip(&["-i", "-selection", "clipboard"], "something else");
    assert_eq!(x.clipboard(), "something else");
    #[cfg(target_os = "linux")]
    {
        let start = std::time::Instant::now();
        while keeper_running(&x.display) && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(
            !keeper_running(&x.display),
            "the keeper still runs after another program copied"
        );
    }
}

#[test]
fn copy_with_an_unreachable_display_prints_the_draft_and_keeps_the_invitation() {
    let home = Home::new();
    // A display nobody serves: the keeper cannot take a clipboard.
    let run = copy(&home, ":9999");
    let stderr = run.fails(1).to_string();
    assert!(stderr.starts_with("error: no clipboard: "), "{stderr}");
    assert_eq!(run.stdout, stored_draft(&home));
    assert_eq!(home.query::<i64>("SELECT count(*) FROM invitations"), 1);
}

#[test]
fn copy_without_a_display_prints_the_draft_and_keeps_the_invitation() {
    let home = Home::new();
    let run = home.csp(&[
        "-q",
        "invite",
        "--name",
        "Northwind Café",
        "--domain",
        "northwind.com",
        "--copy",
    ]);
    let stderr = run.fails(1).to_string();
    assert_eq!(
        stderr.lines().next(),
        Some("error: no clipboard: no display: neither DISPLAY nor WAYLAND_DISPLAY is set")
    );
    assert!(stderr.contains("is recorded"), "{stderr}");
    assert_eq!(run.stdout, stored_draft(&home));
    assert_eq!(home.query::<i64>("SELECT count(*) FROM invitations"), 1);
    assert_eq!(
        home.query::<String>("SELECT status FROM invitations"),
        "draft"
    );
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM audit_log WHERE action = 'invitation.create'"),
        1
    );
}

#[cfg(unix)]
#[test]
fn the_keeper_whose_parent_stopped_listening_exits_without_a_panic() {
    // The keeper answers its parent on stdout; a parent gone away (a broken
    // pipe) is no reason to panic (exit 101), as `println!` would. `true`
    // exits at once, so the keeper writes into a pipe nobody reads.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{{ sleep 0.3; '{}' internal-keep-clipboard --no-such-flag; echo \"status=$?\" >&2; }} | true",
            assert_cmd::cargo::cargo_bin("csp").display()
        ))
        .output()
        .expect("run sh");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("status=2"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs the keeper on `display` for `hold_seconds`, freezing the X server
/// (SIGSTOP) before it starts or once it holds the clipboard, and returns
/// how long the keeper lived (or `None` if it was still there after 20 s).
#[cfg(unix)]
fn keeper_lifetime_with_a_frozen_display(x: &Xvfb, freeze_first: bool) -> Option<Duration> {
    use std::io::Write;
    use std::time::Instant;
    let signal = |sig: &str| {
        Command::new("kill")
            .args([sig, &x.child.id().to_string()])
            .status()
            .expect("kill");
    };
    if freeze_first {
        signal("-STOP");
    }
    let started = Instant::now();
    let mut keeper = Command::new(assert_cmd::cargo::cargo_bin("csp"))
        .args(["internal-keep-clipboard", "--hold-seconds", "1"])
        .env_clear()
        .env("DISPLAY", &x.display)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the keeper");
    keeper
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"the draft")
        .expect("write the draft");
    if !freeze_first {
        let mut line = String::new();
        BufReader::new(keeper.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("answer");
        assert_eq!(line.trim(), "ok");
        signal("-STOP");
    }
    let lived = loop {
        if keeper.try_wait().expect("wait").is_some() {
            break Some(started.elapsed());
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = keeper.kill();
            let _ = keeper.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    signal("-CONT");
    lived
}

#[cfg(unix)]
#[test]
fn the_keeper_never_outlives_its_hold_by_more_than_a_few_seconds_when_the_display_freezes() {
    if !common::require_program("Xvfb", "xvfb") {
        return;
    }
    for freeze_first in [true, false] {
        let x = Xvfb::start();
        let lived = keeper_lifetime_with_a_frozen_display(&x, freeze_first);
        // A hold of 1 s, and the watchdog's grace of 3 s, plus slack.
        assert!(
            lived.is_some_and(|d| d < Duration::from_secs(8)),
            "freeze first: {freeze_first}: the keeper lived {lived:?}"
        );
    }
}
