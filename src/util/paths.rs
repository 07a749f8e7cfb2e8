//! Where the database and the config live: a flag, else an environment
//! variable, else the platform's data and config folders (XDG on Linux).

use crate::error::Error;
use std::path::PathBuf;

fn project_dirs() -> Result<directories::ProjectDirs, Error> {
    directories::ProjectDirs::from("", "", "csp").ok_or_else(|| {
        Error::failure("cannot find a home folder for csp's data")
            .with_hint("pass --db and --config, or set CSP_DB and CSP_CONFIG")
    })
}

/// `--db` (or `CSP_DB`, which clap folds into the flag), else `$XDG_DATA_HOME/csp/csp.db`.
pub fn database(flag: Option<PathBuf>) -> Result<PathBuf, Error> {
    match flag {
        Some(p) => Ok(p),
        None => Ok(project_dirs()?.data_dir().join("csp.db")),
    }
}

/// csp's own data folder (`$XDG_DATA_HOME/csp`): where the default
/// database is, and what csp saves for the user when the database is on a
/// server.
pub fn data_dir() -> Result<PathBuf, Error> {
    Ok(project_dirs()?.data_dir().to_path_buf())
}

/// `--config` (or `CSP_CONFIG`), else `$XDG_CONFIG_HOME/csp/config.toml`.
pub fn config(flag: Option<PathBuf>) -> Result<PathBuf, Error> {
    match flag {
        Some(p) => Ok(p),
        None => Ok(project_dirs()?.config_dir().join("config.toml")),
    }
}
