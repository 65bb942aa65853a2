//! Writing files without losing anything: atomic replacement, refusal to overwrite, backups.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Replaces `path` with `contents` atomically: a reader sees the old file or the new one, never a
/// mix, and an interrupted write leaves the old file in place.
pub fn write_atomically(path: &Path, contents: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// Creates `path` with `contents`, failing if it exists.
pub fn create_new(path: &Path, contents: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

/// Copies `path` to a sibling `<name>.bak-<seconds>` and returns the backup's path.
pub fn back_up(path: &Path) -> std::io::Result<PathBuf> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let backup = path.with_file_name(format!("{name}.bak-{seconds}"));
    fs::copy(path, &backup)?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_create_new_refuses() {
        let dir = std::env::temp_dir().join(format!("judge-files-test-{}", std::process::id()));
        let path = dir.join("state.txt");
        write_atomically(&path, "one").unwrap();
        write_atomically(&path, "two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        assert!(create_new(&path, "three").is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        let backup = back_up(&path).unwrap();
        assert_eq!(fs::read_to_string(backup).unwrap(), "two");
        fs::remove_dir_all(dir).unwrap();
    }
}
