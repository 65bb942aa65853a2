//! The practice loop (issue 16): a day-by-day plan, a review queue scheduled by FSRS whose ratings
//! the judge derives from each sitting, and what `today`, `next`, `review` and `stats` show.
//!
//! - `record`: the data the state file keeps for it (plan, sittings, review log);
//! - `plan`, `rating`, `queue`: pure rules, functions of that data, the catalogue and a date;
//! - this module: reading the catalogue's items (the only I/O here).

pub mod plan;
pub mod queue;
pub mod rating;
pub mod record;
pub mod stats;

use crate::catalog::{catalogue_facts, catalogue_path, Catalog, PATTERN_IDS, PATTERN_NAMES};
use crate::exit::Result;
use crate::progress::Progress;
use crate::workspace::Workspace;
use plan::Item;

/// The problems a plan can hold, in roadmap order: the NeetCode 150 of `problems/catalogue.toml`
/// (those this judge has no data for yet are solved on LeetCode and rated with `judge rate`), or,
/// without that file, the problems the judge has. The ML drills are apart: [`drills`].
pub fn items(workspace: &Workspace, catalog: &Catalog) -> Result<Vec<Item>> {
    let judged = |slug: &str| catalog.slugs().any(|s| s == slug);
    if !catalogue_path(workspace).is_file() {
        return Ok(judged_items(catalog, false));
    }
    let mut items: Vec<(usize, usize, Item)> = catalogue_facts(workspace)?
        .into_iter()
        .enumerate()
        .filter_map(|(index, fact)| {
            let pattern = PATTERN_NAMES.iter().position(|n| *n == fact.pattern)?;
            Some((
                pattern,
                index,
                Item {
                    judged: judged(&fact.slug),
                    slug: fact.slug,
                    title: fact.title,
                    number: fact.number,
                    difficulty: fact.difficulty,
                    pattern: PATTERN_IDS[pattern].to_string(),
                    blind75: fact.blind75,
                },
            ))
        })
        .collect();
    items.sort_by_key(|(pattern, index, _)| (*pattern, *index));
    Ok(items.into_iter().map(|(_, _, item)| item).collect())
}

/// The ML drills a plan can hold (the `ml` track), in the order of the `ml` pattern page (the
/// catalogue's order).
pub fn drills(catalog: &Catalog) -> Vec<Item> {
    judged_items(catalog, true)
}

/// The problems judged here, the drills or the others, in the catalog's order.
fn judged_items(catalog: &Catalog, drills: bool) -> Vec<Item> {
    catalog
        .problems
        .iter()
        .filter(|(_, p)| p.is_drill() == drills)
        .map(|(_, p)| Item {
            slug: p.slug.clone(),
            title: p.title.clone(),
            number: p.number,
            difficulty: p.difficulty.clone(),
            pattern: p.pattern.clone(),
            blind75: false,
            judged: true,
        })
        .collect()
}

/// Whether a problem counts as done for the plan: accepted once, or rated (solved elsewhere).
pub fn solved(progress: &Progress, slug: &str) -> bool {
    progress.get(slug).first_accepted.is_some() || progress.review.iter().any(|r| r.item == slug)
}

/// A pattern question without the answer in parentheses that some carry: answers are never
/// printed unasked.
pub fn question_only(question: &str) -> &str {
    match question.rfind("? (") {
        Some(at) if question.trim_end().ends_with(')') => &question[..=at],
        _ => question,
    }
}

/// `text` wrapped at `width` columns (at spaces), the first line after `first`, the others after
/// `rest`.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut lines: Vec<String> = vec![first.to_string()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        let indent = line.chars().all(|c| c == ' ' || c == '-');
        if !indent && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(format!("{rest}{word}"));
        } else {
            if !indent {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join("\n")
}

/// The width to wrap at: `COLUMNS` when set, else 80.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w: &usize| *w >= 40)
        .unwrap_or(80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_lose_their_answers_and_wrap() {
        assert_eq!(
            question_only("Fixed or variable? (Fixed when k is given.)"),
            "Fixed or variable?"
        );
        assert_eq!(question_only("Why O(n)?"), "Why O(n)?");
        let text = wrap("one two three four five six", 14, "  - ", "    ");
        assert_eq!(text, "  - one two\n    three four\n    five six");
        assert!(text.lines().all(|l| l.chars().count() <= 14));
    }
}
