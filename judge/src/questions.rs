//! The interview questions of a problem, numbered once so that the scaffolded file, `judge show`
//! and `judge run` agree: Q1..Qk are the pattern's invariant questions, Qk+1..Qn the problem's own.
//!
//! When each is shown:
//! - the pattern's questions are for while you solve: `show` prints them and the file asks them
//!   first;
//! - the problem's own questions are about the solution you found: `show` prints them only once the
//!   problem has been Accepted (before, it says they are waiting in the file), and the file puts
//!   them under an "after Accepted" heading;
//! - after an Accepted run, `run` lists only the questions still unanswered in the file, one line
//!   each, below the stress table;
//! - answers are never printed: the data asks, the learner answers in the file.

use crate::catalog::{PatternInfo, ProblemInfo};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Pattern,
    Problem,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Pattern => "pattern",
            Source::Problem => "problem",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question<'a> {
    /// The number in the file: `Q3`.
    pub number: usize,
    pub source: Source,
    pub text: &'a str,
}

/// Every question of a problem, in the file's order and numbering.
pub fn numbered<'a>(
    problem: &'a ProblemInfo,
    pattern: Option<&'a PatternInfo>,
) -> Vec<Question<'a>> {
    let pattern_questions = pattern
        .map(|p| p.questions.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|q| (Source::Pattern, q));
    let own = problem.questions.iter().map(|q| (Source::Problem, q));
    pattern_questions
        .chain(own)
        .enumerate()
        .map(|(i, (source, text))| Question {
            number: i + 1,
            source,
            text: text.trim(),
        })
        .collect()
}

/// The comment block `judge new` writes at the end of a solution file: each question with an
/// empty `A` line for the learner's answer, wrapped to `width` columns.
pub fn file_block(problem: &ProblemInfo, pattern: Option<&PatternInfo>, width: usize) -> String {
    let questions = numbered(problem, pattern);
    let pattern_name = pattern.map_or(problem.pattern.as_str(), |p| p.name.as_str());
    let mut block = String::from(
        "// Workbook: answer each question in your own words under its `A` line. After an Accepted\n\
         // verdict, `judge run` lists the ones still unanswered.\n",
    );
    let mut heading = None;
    for question in &questions {
        let (source_name, title) = match question.source {
            Source::Pattern => (
                pattern_name,
                format!("While you solve: the {pattern_name} pattern"),
            ),
            Source::Problem => (
                "this problem",
                "After Accepted: about your solution".to_string(),
            ),
        };
        if heading.as_ref() != Some(&title) {
            if heading.is_none() {
                block.push_str("//\n");
            }
            block.push_str(&format!("// {title}\n"));
            heading = Some(title);
        }
        let first = format!("Q{} ({source_name}): {}", question.number, question.text);
        for (i, line) in crate::wrap::wrap(&first, width.saturating_sub(7))
            .iter()
            .enumerate()
        {
            let indent = if i == 0 { "" } else { "    " };
            block.push_str(&format!("// {indent}{line}\n"));
        }
        block.push_str(&format!("// A{}:\n//\n", question.number));
    }
    block.trim_end().to_string()
}

/// The number of a question line from the file (`Q3 (Stack): ...` -> 3).
pub fn number_of(line: &str) -> Option<usize> {
    let rest = line
        .trim()
        .trim_start_matches("//")
        .trim()
        .strip_prefix('Q')?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_numbers_are_read_back() {
        assert_eq!(number_of("Q3 (Stack): why?"), Some(3));
        assert_eq!(number_of("// Q12 (this problem): how?"), Some(12));
        assert_eq!(number_of("Question"), None);
    }
}
