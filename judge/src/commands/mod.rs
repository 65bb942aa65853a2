//! One file per command, as cargo lays out its own subcommands. Each resolves what it was asked
//! into paths and data, then calls the judging pipeline (`crate::judging`), the builder and the
//! reporter.

use crate::catalog::Catalog;
use crate::cli::{Cmd, HookAction, Output};
use crate::exit::Result;
use crate::judging::{random_seed, RunOptions};
use crate::workspace::Workspace;

mod check;
mod completions;
mod drill;
mod hint;
pub mod hook;
mod list;
pub mod new;
mod next;
mod pattern;
mod plan;
mod rate;
mod review;
pub mod run;
mod show;
mod stats;
mod today;
mod verify;
mod watch;

pub fn dispatch(command: &Cmd, output: Output) -> Result<u8> {
    if let Cmd::Completions { shell } = command {
        // Outside a workspace the script still completes commands and flags, without slugs.
        let catalog = Workspace::find(&std::env::current_dir()?)
            .and_then(|w| Catalog::load(&w))
            .ok();
        return completions::completions(catalog.as_ref(), *shell);
    }
    let workspace = Workspace::find(&std::env::current_dir()?)?;
    let catalog = Catalog::load(&workspace)?;
    match command {
        Cmd::Run {
            slug,
            file,
            seed,
            cases,
            no_stress,
        } => {
            let options = RunOptions {
                seed: seed.unwrap_or_else(random_seed),
                cases: *cases,
                stress: !no_stress,
            };
            run::run(
                &workspace,
                &catalog,
                slug.as_deref(),
                file.as_deref(),
                &options,
                output,
            )
        }
        Cmd::New {
            slug,
            problem: true,
            ..
        } => crate::author::new_problem(&workspace, &catalog, slug),
        Cmd::New { slug, force, .. } => new::new(&workspace, &catalog, slug, *force, output),
        Cmd::Show { slug } => show::show(&workspace, &catalog, slug, output),
        Cmd::List { pattern } => list::list(&workspace, &catalog, pattern.as_deref(), output),
        Cmd::Check { all, files } => {
            let selection = match (all, files.is_empty()) {
                (true, _) => check::Selection::All,
                (false, false) => check::Selection::Files(files.clone()),
                (false, true) => check::Selection::Staged,
            };
            check::check(&workspace, &catalog, selection, output)
        }
        Cmd::Hook { action } => match action {
            HookAction::Install { force } => hook::install(&workspace, *force),
            HookAction::Uninstall => hook::uninstall(&workspace),
        },
        Cmd::Hint { slug, all } => hint::hint(&workspace, &catalog, slug, *all, output),
        Cmd::Pattern { id } => pattern::pattern(&workspace, &catalog, id, output),
        Cmd::Completions { .. } => unreachable!("answered before the workspace is looked for"),
        Cmd::Verify { slug, all } => {
            verify::verify(&workspace, &catalog, slug.as_deref(), *all, output)
        }
        Cmd::Plan(args) => plan::plan(&workspace, &catalog, args, output),
        Cmd::Today => today::today(&workspace, &catalog, output),
        Cmd::Next => next::next(&workspace, &catalog, output),
        Cmd::Review {
            item,
            list,
            answers,
        } => review::review(
            &workspace,
            &catalog,
            item.as_deref(),
            *list,
            *answers,
            output,
        ),
        Cmd::Rate { item, rating } => rate::rate(&workspace, &catalog, item, rating, output),
        Cmd::Watch(args) => watch::watch(&workspace, &catalog, args, output),
        Cmd::Stats => stats::stats(&workspace, &catalog, output),
        Cmd::Drill(args) => drill::drill(&workspace, &catalog, args, output),
    }
}
