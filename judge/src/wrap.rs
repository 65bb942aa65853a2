//! Prose to the terminal's width: questions, pattern pages, `check` rows and stress-table labels.
//! A greedy word wrap is all the judge's text needs (no hyphenation, no East Asian widths), so it is
//! these few lines rather than `textwrap`; the width comes from `terminal_size`.

use std::io::IsTerminal;

/// Columns to wrap at: `COLUMNS` if set, else the terminal's width, else (a pipe, a file) 100.
/// Never below 40, never above 120, so that a very wide terminal still gets readable lines.
pub fn width() -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
                .flatten()
        })
        .unwrap_or(100);
    columns.clamp(40, 120)
}

/// Splits `text` into lines of at most `width` characters, breaking between words; a word longer
/// than the width gets a line of its own. Line breaks in `text` are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(10);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        let mut length = 0;
        for word in paragraph.split_whitespace() {
            let word_length = word.chars().count();
            if length > 0 && length + 1 + word_length > width {
                lines.push(std::mem::take(&mut line));
                length = 0;
            }
            if length > 0 {
                line.push(' ');
                length += 1;
            }
            line.push_str(word);
            length += word_length;
        }
        lines.push(line);
    }
    lines
}

/// `text` wrapped to `width`, each line after the first indented by `indent` spaces (the first
/// line's prefix is the caller's).
pub fn hanging(text: &str, width: usize, indent: usize) -> String {
    wrap(text, width.saturating_sub(indent)).join(&format!("\n{:indent$}", ""))
}

/// Prose written with hard line breaks (as problem data is), rewrapped to `width`: paragraphs
/// stay apart, and a line starting with `- ` stays a bullet of its own, its later lines indented.
pub fn prose(text: &str, width: usize) -> String {
    let mut blocks: Vec<(bool, String)> = Vec::new();
    let mut paragraph_break = true;
    for line in text.trim().lines() {
        let line = line.trim();
        if line.is_empty() {
            paragraph_break = true;
            continue;
        }
        let bullet = line.starts_with("- ");
        match blocks.last_mut() {
            Some((_, block)) if !paragraph_break && !bullet => {
                block.push(' ');
                block.push_str(line);
            }
            _ => {
                if paragraph_break && !blocks.is_empty() {
                    blocks.push((false, String::new()));
                }
                blocks.push((bullet, line.to_string()));
            }
        }
        paragraph_break = false;
    }
    blocks
        .iter()
        .map(|(bullet, block)| {
            if *bullet {
                hanging(block, width, 2)
            } else {
                wrap(block, width).join("\n")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line cut to `width` characters, ending in `…` when something was cut.
pub fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words_within_the_width() {
        let text = "What does the stack hold at any moment, and in what order do its values lie?";
        let lines = wrap(text, 30);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_long_word_keeps_its_own_line_and_breaks_are_kept() {
        assert_eq!(
            wrap("a bbbbbbbbbbbbbbbbbbbbbbb c", 10),
            ["a", "bbbbbbbbbbbbbbbbbbbbbbb", "c"]
        );
        assert_eq!(wrap("one\ntwo", 80), ["one", "two"]);
    }

    #[test]
    fn hanging_indents_the_following_lines() {
        assert_eq!(hanging("aaa bbb ccc", 12, 4), "aaa bbb\n    ccc");
    }

    #[test]
    fn prose_keeps_paragraphs_and_bullets() {
        let text = "A board is valid\nwhen:\n- no digit twice\n  in a row;\n- no digit twice in a column.\n\nNext paragraph.";
        assert_eq!(
            prose(text, 80),
            "A board is valid when:\n- no digit twice in a row;\n- no digit twice in a column.\n\nNext paragraph."
        );
    }

    #[test]
    fn cut_marks_what_it_cut() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
