//! Files only their owner can read, written atomically: the one way csp
//! creates a file (database, config, `.eml`, saved drafts) or a folder. A
//! new file is created exclusively under a random name beside its target,
//! never through a symlink, mode 0600 whatever the umask; it replaces the
//! target by a rename once complete, so a reader never sees half a file,
//! and the replaced file's successor is as private as the new one. Folders
//! csp creates are 0700, whatever the umask.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Creates `path`, which must not exist yet (nor be a symlink), readable by
/// its owner only: 0600 even under umask 000, since the mode is set on the
/// open file afterwards (the umask only ever removes bits).
pub fn create_new(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_EXCL already refuses a symlink at `path`; O_NOFOLLOW says so
        // twice, for file systems that are lax about it.
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let file = options.open(path)?;
    make_private(&file)?;
    Ok(file)
}

/// Sets an open file's mode to 0600 (on Unix; elsewhere the folder's ACL applies).
pub fn make_private(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file.metadata()?.permissions().mode() & 0o7777;
        if mode != 0o600 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Creates `dir` and its missing parents, each folder csp creates mode 0700
/// whatever the umask; folders that already exist are left as they are
/// (they are the user's).
pub fn create_dir_private(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_dir_private(parent)?;
    }
    #[cfg(unix)]
    let builder = {
        use std::os::unix::fs::DirBuilderExt;
        let mut b = std::fs::DirBuilder::new();
        b.mode(0o700);
        b
    };
    #[cfg(not(unix))]
    let builder = std::fs::DirBuilder::new();
    match builder.create(dir) {
        Ok(()) => {}
        // Another process made it at the same moment: it is not ours to chmod.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => return Ok(()),
        Err(e) => return Err(e),
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Whether `path` is something csp may replace with a file: nothing yet, a
/// regular file, or a symlink (the rename replaces the link, never what it
/// points to). A device, a FIFO, a socket or a folder is refused, so that,
/// as root, `--eml /dev/null` never replaces the system's `/dev/null`.
pub fn replaceable(path: &Path) -> Result<(), &'static str> {
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) if m.is_file() || m.file_type().is_symlink() => Ok(()),
        Ok(m) if m.is_dir() => Err("is a folder"),
        Ok(_) => Err("is not a regular file (a device, a FIFO or a socket)"),
    }
}

/// A file being written beside its target. [`PendingFile::commit`] renames
/// it over the target; dropped before that, it is removed.
#[derive(Debug)]
pub struct PendingFile {
    target: PathBuf,
    tmp: PathBuf,
    file: Option<File>,
}

impl PendingFile {
    /// A new private temp file in `target`'s folder.
    pub fn create(target: &Path) -> io::Result<PendingFile> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Random, and created exclusively: a name planted in advance (a
        // symlink to a victim file) is never opened, only collided with.
        let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
        let file = create_new(&tmp)?;
        Ok(PendingFile {
            target: target.to_path_buf(),
            tmp,
            file: Some(file),
        })
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Writes all of `bytes` and flushes them to the disk.
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| io::Error::other("the file is closed"))?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    /// Closes the temp file once written (it stays pending): a batch of
    /// many files must not hold one descriptor each.
    pub fn close(&mut self) {
        drop(self.file.take());
    }

    /// The temp file's path (while pending).
    pub fn temp_path(&self) -> &Path {
        &self.tmp
    }

    /// Puts the file in place, replacing whatever the target was (a device
    /// or FIFO put there since [`PendingFile::create`] is still refused).
    pub fn commit(mut self) -> io::Result<()> {
        if let Err(why) = replaceable(&self.target) {
            return Err(io::Error::other(format!("{} {why}", self.target.display())));
        }
        drop(self.file.take());
        std::fs::rename(&self.tmp, &self.target)?;
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Replaces `target` with `bytes` atomically, the new file private.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut pending = PendingFile::create(target)?;
    pending.write_all(bytes)?;
    pending.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_the_target_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("config.toml");
        std::fs::write(&target, "old").expect("old file");
        write(&target, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&target)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn folders_are_0700_and_files_0600_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let deep = dir.path().join("a").join("b");
        // SAFETY: umask only changes this process's creation mask.
        let old = unsafe { libc::umask(0) };
        create_dir_private(&deep).expect("mkdir");
        write(&deep.join("f"), b"x").expect("write");
        unsafe { libc::umask(old) };
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&deep), 0o700);
        assert_eq!(mode(&deep.join("f")), 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_planted_at_a_temp_path_is_never_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").expect("victim");
        let planted = dir.path().join(".config.toml.tmp");
        std::os::unix::fs::symlink(&victim, &planted).expect("symlink");
        assert!(create_new(&planted).is_err());
        // A dangling link too: O_EXCL never creates the file it points to.
        let dangling = dir.path().join(".dangling.tmp");
        std::os::unix::fs::symlink(dir.path().join("new-victim"), &dangling).expect("symlink");
        assert!(create_new(&dangling).is_err());
        assert!(!dir.path().join("new-victim").exists());
        assert_eq!(
            std::fs::read_to_string(&victim).expect("victim"),
            "precious"
        );
    }

    #[test]
    fn a_dropped_pending_file_is_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("a.eml");
        let mut pending = PendingFile::create(&target).expect("create");
        pending.write_all(b"half").expect("write");
        drop(pending);
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
    }
}
