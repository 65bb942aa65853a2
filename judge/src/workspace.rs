//! Where things are: the workspace root (found by walking up from the current directory, as cargo
//! does) and the paths of problems, solutions, templates and the build's target directory.

use std::path::{Path, PathBuf};

use crate::exit::{Failure, Result};

#[derive(Clone, Debug)]
pub struct Workspace {
    pub root: PathBuf,
}

impl Workspace {
    /// The nearest ancestor of `start` holding a Cargo.toml and a `problems/data` directory.
    pub fn find(start: &Path) -> Result<Workspace> {
        for dir in start.ancestors() {
            if dir.join("Cargo.toml").is_file() && dir.join("problems").join("data").is_dir() {
                return Ok(Workspace {
                    root: dir.to_path_buf(),
                });
            }
        }
        Err(Failure::new(format!("no judge workspace in {} or any parent directory", start.display()))
            .help("run judge inside the workspace (the directory with Cargo.toml, problems/ and solutions/)"))
    }

    pub fn problem_data_dir(&self) -> PathBuf {
        self.root.join("problems").join("data")
    }

    pub fn patterns_dir(&self) -> PathBuf {
        self.root.join("problems").join("patterns")
    }

    pub fn submissions_dir(&self, pattern_module: &str, module: &str) -> PathBuf {
        self.root
            .join("problems")
            .join("submissions")
            .join(pattern_module)
            .join(module)
    }

    pub fn solutions_src(&self) -> PathBuf {
        self.root.join("solutions").join("src")
    }

    pub fn solution_file(&self, pattern_module: &str, module: &str) -> PathBuf {
        self.solutions_src()
            .join(pattern_module)
            .join(format!("{module}.rs"))
    }

    pub fn regressions_file(&self, slug: &str) -> PathBuf {
        self.root
            .join("solutions")
            .join("regressions")
            .join(format!("{slug}.toml"))
    }

    pub fn templates_dir(&self) -> PathBuf {
        self.root.join("templates")
    }

    pub fn target_dir(&self) -> PathBuf {
        match std::env::var_os("CARGO_TARGET_DIR") {
            Some(dir) => {
                let dir = PathBuf::from(dir);
                if dir.is_absolute() {
                    dir
                } else {
                    self.root.join(dir)
                }
            }
            None => self.root.join("target"),
        }
    }

    /// A path relative to the root, for messages.
    pub fn relative<'a>(&self, path: &'a Path) -> &'a Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }
}
