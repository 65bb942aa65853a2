//! `judge hook install|uninstall`: a native git pre-commit hook that runs `judge check`. It goes
//! where `git rev-parse --git-path hooks/pre-commit` says (so `core.hooksPath` is respected), never
//! replaces a hook it did not write without `--force` (and then keeps a backup), and uninstall
//! removes only a hook it wrote.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use colored::Colorize;

use crate::exit::{self, Failure, Result};
use crate::files;
use crate::workspace::Workspace;

const MARKER: &str = "# installed by `judge hook install`";

fn hook_path(workspace: &Workspace) -> Result<PathBuf> {
    let output = Command::new("git")
        .current_dir(&workspace.root)
        .args(["rev-parse", "--git-path", "hooks/pre-commit"])
        .output()
        .map_err(|e| Failure::new(format!("failed to run git: {e}")))?;
    if !output.status.success() {
        return Err(
            Failure::new("this workspace is not in a git repository").help("run `git init` first")
        );
    }
    let path = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    Ok(if path.is_absolute() {
        path
    } else {
        workspace.root.join(path)
    })
}

fn script() -> String {
    format!(
        "#!/bin/sh\n{MARKER}; `judge hook uninstall` removes it.\n# Judges the solutions staged for this commit. To skip it once: git commit --no-verify\nexec cargo judge check\n"
    )
}

pub fn install(workspace: &Workspace, force: bool) -> Result<u8> {
    let path = hook_path(workspace)?;
    let shown = workspace.relative(&path).display().to_string();
    if path.exists() {
        let existing = fs::read_to_string(&path).unwrap_or_default();
        if existing.contains(MARKER) {
            files::write_atomically(&path, &script())?;
            make_executable(&path)?;
            println!(
                "{} {shown} (it was already judge's hook)",
                "updated".green().bold()
            );
            return Ok(exit::ACCEPTED);
        }
        if !force {
            return Err(Failure::new(format!("{shown} already exists and was not written by judge; it was left as it is"))
                .help("add `cargo judge check` to it yourself, or pass --force to replace it (a backup is kept)"));
        }
        let backup = files::back_up(&path)?;
        println!(
            "{} the old hook is saved as {}",
            "kept".cyan(),
            workspace.relative(&backup).display()
        );
    }
    files::write_atomically(&path, &script())?;
    make_executable(&path)?;
    println!(
        "{} {shown}: each commit now judges its staged solutions",
        "installed".green().bold()
    );
    println!("  skip it once with: git commit --no-verify");
    Ok(exit::ACCEPTED)
}

pub fn uninstall(workspace: &Workspace) -> Result<u8> {
    let path = hook_path(workspace)?;
    let shown = workspace.relative(&path).display().to_string();
    match fs::read_to_string(&path) {
        Err(_) => {
            println!("no pre-commit hook at {shown}; nothing to do");
            Ok(exit::ACCEPTED)
        }
        Ok(text) if !text.contains(MARKER) => Err(Failure::new(format!(
            "{shown} was not written by judge; it was left as it is"
        ))),
        Ok(_) => {
            fs::remove_file(&path)?;
            println!("{} {shown}", "removed".green().bold());
            Ok(exit::ACCEPTED)
        }
    }
}

fn make_executable(path: &std::path::Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut permissions = fs::metadata(path)?.permissions();
    permissions.set_mode(0o755);
    fs::set_permissions(path, permissions)?;
    Ok(())
}
