//! Files only their owner can read, written atomically: the one way csp
//! creates a file (config, `.eml`, saved drafts). A new file is created
//! exclusively under a random name beside its target, never through a
//! symlink, mode 0600 whatever the umask; it replaces the target by a rename
//! once complete, so a reader never sees half a file.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Creates `path`, which must not exist yet (nor be a symlink), readable by
/// its owner only.
pub fn create_new(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
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

    /// Puts the file in place, replacing whatever the target was.
    pub fn commit(mut self) -> io::Result<()> {
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
