//! Making text the learner's code produced safe to show on a terminal. A solution may print
//! anything, and what it printed is shown in the report; raw control characters in it (ESC
//! sequences that clear the screen, move the cursor or recolour the text, the bell, backspace, a
//! carriage return that overwrites the verdict line) must not reach the terminal, or a solution could
//! draw an "Accepted" of its own over the judge's report.
//!
//! Every control character (Unicode's `Cc`: C0, DEL and C1, which holds the one-byte CSI U+009B)
//! other than `\n` and `\t`, and every bidirectional formatting character (which reorders what is
//! displayed), is written as Rust writes it in a string literal (`char::escape_default`): ESC is
//! the six characters `\u{1b}`, a carriage return is `\r`, the bell `\u{7}`. Backslashes already in
//! the text are left alone, so the result is for eyes, not for reading back.

use std::borrow::Cow;

/// Whether `c` is written escaped: a control character other than `\n` and `\t`, or a
/// bidirectional formatting character.
pub fn is_escaped(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every [escaped](is_escaped) character made visible; borrowed when there is none.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_escaped(c) {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "line one\n\tindented, ünïcode ✓\n";
        assert!(matches!(for_terminal(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn terminal_tricks_are_made_visible() {
        assert_eq!(
            for_terminal("\x1b[2J\x1b[HAccepted"),
            "\\u{1b}[2J\\u{1b}[HAccepted"
        );
        assert_eq!(for_terminal("ding\x07"), "ding\\u{7}");
        assert_eq!(for_terminal("Wrong\rAccepted"), "Wrong\\rAccepted");
        assert_eq!(for_terminal("ab\x08\x08"), "ab\\u{8}\\u{8}");
        assert_eq!(for_terminal("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(for_terminal("\x7f\0"), "\\u{7f}\\u{0}");
        assert_eq!(for_terminal("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(
            for_terminal("keep\nlines\tand tabs"),
            "keep\nlines\tand tabs"
        );
    }

    proptest! {
        #[test]
        fn the_result_never_holds_a_control_character_but_newline_and_tab(text in any::<String>()) {
            let shown = for_terminal(&text);
            prop_assert!(!shown.chars().any(is_escaped), "{:?}", shown);
            prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        }

        #[test]
        fn text_without_control_characters_is_unchanged(text in "[^\\p{Cc}]*") {
            prop_assume!(!text.chars().any(is_escaped));
            prop_assert_eq!(for_terminal(&text), text.as_str());
        }

        #[test]
        fn lines_and_tabs_survive(text in any::<String>()) {
            let shown = for_terminal(&text);
            prop_assert_eq!(shown.matches('\n').count(), text.matches('\n').count());
            prop_assert_eq!(shown.matches('\t').count(), text.matches('\t').count());
        }
    }
}
