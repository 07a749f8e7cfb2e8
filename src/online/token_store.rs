//! Where the refresh token of `csp login` is kept: the OS keychain (the
//! macOS Keychain, Windows Credential Manager, the Secret Service of a
//! Linux or BSD desktop: GNOME Keyring, KWallet, KeePassXC), or, where none
//! answers, a 0600 file beside the config. Both sit behind [`TokenStore`].
//!
//! Linux's kernel keyring (keyutils) is not used: it forgets its keys at
//! reboot, and a token that silently disappears is worse than a file that
//! says where it is.

use crate::error::Error;
use std::path::{Path, PathBuf};

/// A place that keeps one secret: the refresh token of one config.
pub trait TokenStore {
    /// Which store it is, as the sign-in file records it.
    fn kind(&self) -> StoreKind;
    /// Where, in words for `whoami` and messages.
    fn place(&self) -> String;
    fn put(&self, token: &str) -> Result<(), Error>;
    /// `None` when the store holds no token for this config.
    fn get(&self) -> Result<Option<String>, Error>;
    /// Whether there was a token to remove.
    fn remove(&self) -> Result<bool, Error>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    Keychain,
    File,
}

/// The 0600 file that holds the refresh token where no keychain answers.
pub fn token_file(config_path: &Path) -> PathBuf {
    config_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("microsoft-refresh-token")
}

/// The store of a kind, for the config at `config_path`.
pub fn store(kind: StoreKind, config_path: &Path) -> Result<Box<dyn TokenStore>, Error> {
    match kind {
        StoreKind::File => Ok(Box::new(TokenFile {
            path: token_file(config_path),
        })),
        StoreKind::Keychain => keychain::open(config_path)
            .map(|k| Box::new(k) as Box<dyn TokenStore>)
            .map_err(|why| {
                Error::failure(format!(
                    "the refresh token is kept in {}, which cannot be opened here: {why}",
                    keychain::NAME
                ))
                .with_hint(
                    "run csp where you signed in (your desktop session), or `csp login` again here",
                )
            }),
    }
}

/// Keeps `token` in the OS keychain if one answers (written, then read
/// back), else in the 0600 file. The second value says why no keychain
/// was used, for the warning.
pub fn keep(
    token: &str,
    config_path: &Path,
) -> Result<(Box<dyn TokenStore>, Option<String>), Error> {
    let why = match keychain::open(config_path) {
        Ok(keychain) => match keychain.put(token).and_then(|()| keychain.get()) {
            Ok(Some(back)) if back == token => {
                // A token left in the file by an earlier sign-in goes.
                let _ = TokenFile {
                    path: token_file(config_path),
                }
                .remove();
                return Ok((Box::new(keychain), None));
            }
            Ok(_) => format!("{} did not give the token back", keychain::NAME),
            Err(e) => e.message,
        },
        Err(why) => why,
    };
    let file = TokenFile {
        path: token_file(config_path),
    };
    file.put(token)?;
    Ok((Box::new(file), Some(why)))
}

/// The 0600 file beside the config.
pub struct TokenFile {
    pub path: PathBuf,
}

impl TokenStore for TokenFile {
    fn kind(&self) -> StoreKind {
        StoreKind::File
    }
    fn place(&self) -> String {
        self.path.display().to_string()
    }
    fn put(&self, token: &str) -> Result<(), Error> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::util::private_file::create_dir_private(dir).map_err(|e| {
                Error::failure(format!("cannot create folder {}: {e}", dir.display()))
            })?;
        }
        crate::util::private_file::write(&self.path, token.as_bytes())
            .map_err(|e| Error::failure(format!("cannot write {}: {e}", self.path.display())))
    }
    fn get(&self) -> Result<Option<String>, Error> {
        match std::fs::read_to_string(&self.path) {
            Ok(t) if t.trim().is_empty() => Ok(None),
            Ok(t) => Ok(Some(t.trim().to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::failure(format!(
                "cannot read {}: {e}",
                self.path.display()
            ))),
        }
    }
    fn remove(&self) -> Result<bool, Error> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::failure(format!(
                "cannot delete {}: {e}",
                self.path.display()
            ))),
        }
    }
}

/// The entry's service name; its account is the sign-in file's path, so
/// each config (each partner tenant) has its own.
#[cfg(any(
    target_os = "macos",
    windows,
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd"
))]
const SERVICE: &str = "csp: Microsoft sign-in";

#[cfg(any(
    target_os = "macos",
    windows,
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd"
))]
mod keychain {
    use super::{StoreKind, TokenStore, SERVICE};
    use crate::error::Error;
    use std::path::Path;

    #[cfg(target_os = "macos")]
    pub const NAME: &str = "the macOS Keychain";
    #[cfg(windows)]
    pub const NAME: &str = "Windows Credential Manager";
    #[cfg(not(any(target_os = "macos", windows)))]
    pub const NAME: &str = "the Secret Service (the desktop's keyring)";

    pub struct Keychain {
        entry: keyring::Entry,
    }

    /// The keychain entry of this config, or why there is no keychain.
    pub fn open(config_path: &Path) -> Result<Keychain, String> {
        reachable()?;
        let account = super::super::signin::sign_in_file(config_path)
            .display()
            .to_string();
        let entry = keyring::Entry::new(SERVICE, &account).map_err(|e| words(&e))?;
        Ok(Keychain { entry })
    }

    /// The Secret Service is reached over the D-Bus session bus: without
    /// one (over SSH, on a server, in a container) there is none to ask,
    /// and libdbus is not let to start a bus of its own.
    #[cfg(not(any(target_os = "macos", windows)))]
    fn reachable() -> Result<(), String> {
        let address = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").filter(|a| !a.is_empty());
        let runtime_bus = std::env::var_os("XDG_RUNTIME_DIR")
            .filter(|d| !d.is_empty())
            .map(|d| Path::new(&d).join("bus"))
            .filter(|b| b.exists());
        if address.is_none() && runtime_bus.is_none() {
            return Err(
                "no D-Bus session (as over SSH or on a server), so no Secret Service".to_string(),
            );
        }
        Ok(())
    }

    #[cfg(any(target_os = "macos", windows))]
    fn reachable() -> Result<(), String> {
        Ok(())
    }

    fn words(e: &keyring::Error) -> String {
        match e {
            keyring::Error::NoStorageAccess(inner) => {
                format!("{NAME} cannot be used: {inner}")
            }
            keyring::Error::PlatformFailure(inner) => format!("{NAME} failed: {inner}"),
            keyring::Error::TooLong(what, limit) => {
                format!("{NAME} takes no {what} longer than {limit}")
            }
            other => format!("{NAME}: {other}"),
        }
    }

    impl TokenStore for Keychain {
        fn kind(&self) -> StoreKind {
            StoreKind::Keychain
        }
        fn place(&self) -> String {
            NAME.to_string()
        }
        fn put(&self, token: &str) -> Result<(), Error> {
            // Bytes, not a password: Windows keeps a password as UTF-16,
            // halving the room (2,560 bytes) a long refresh token needs.
            self.entry
                .set_secret(token.as_bytes())
                .map_err(|e| Error::failure(words(&e)))
        }
        fn get(&self) -> Result<Option<String>, Error> {
            match self.entry.get_secret() {
                Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
                    Error::failure(format!("{NAME} holds something for csp that is not text"))
                        .with_hint("run `csp logout`, then `csp login`")
                }),
                Err(keyring::Error::NoEntry) => Ok(None),
                Err(e) => Err(Error::failure(words(&e))),
            }
        }
        fn remove(&self) -> Result<bool, Error> {
            match self.entry.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring::Error::NoEntry) => Ok(false),
                Err(e) => Err(Error::failure(words(&e))),
            }
        }
    }
}

/// Elsewhere keyring has no store but an in-memory mock: the file it is.
#[cfg(not(any(
    target_os = "macos",
    windows,
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd"
)))]
mod keychain {
    use super::{StoreKind, TokenStore};
    use crate::error::Error;
    use std::path::Path;

    pub const NAME: &str = "an OS keychain";

    pub struct Keychain;

    pub fn open(_config_path: &Path) -> Result<Keychain, String> {
        Err("csp knows no keychain on this OS".to_string())
    }

    impl TokenStore for Keychain {
        fn kind(&self) -> StoreKind {
            StoreKind::Keychain
        }
        fn place(&self) -> String {
            NAME.to_string()
        }
        fn put(&self, _token: &str) -> Result<(), Error> {
            Err(Error::failure("csp knows no keychain on this OS"))
        }
        fn get(&self) -> Result<Option<String>, Error> {
            Ok(None)
        }
        fn remove(&self) -> Result<bool, Error> {
            Ok(false)
        }
    }
}
