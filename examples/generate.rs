//! Rewrites the shell completions in `completions/` and the man pages in
//! `man/` from the clap definitions: `cargo run --example generate`.
//! Run it after changing any command, flag or help text, and commit the result;
//! the test `generated` fails until you do. The code lives in
//! tools/generate.rs, shared with that test, so `clap_complete` and
//! `clap_mangen` are build tools, not dependencies of `csp`.

#[path = "../tools/generate.rs"]
#[allow(dead_code)] // the staleness test uses the rest
mod generate;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match generate::write_to(root) {
        Ok(written) => {
            println!("wrote {} files in completions/ and man/", written.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write the generated files: {e}");
            ExitCode::FAILURE
        }
    }
}
