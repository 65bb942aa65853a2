//! Small binary trees drawn as text, for a Wrong Answer whose answers are trees: two drawings side
//! by side say more than two level orders. Trees arrive in LeetCode's level order
//! (`[1,null,2,3]`); each node takes a column by its in-order position, its row by its depth, and
//! a `/` or `\` under it points to each child.

/// The largest tree drawn: beyond this the level order and the checker's path say it better.
pub const MAX_NODES: usize = 15;

struct Arena {
    values: Vec<i32>,
    children: Vec<[Option<usize>; 2]>,
}

/// Reads a level order as LeetCode does: each node present owns the next two entries.
fn read(order: &[Option<i32>]) -> Arena {
    let mut arena = Arena {
        values: Vec::new(),
        children: Vec::new(),
    };
    let mut entries = order.iter();
    let Some(Some(root)) = entries.next() else {
        return arena;
    };
    arena.values.push(*root);
    arena.children.push([None, None]);
    let mut parent = 0;
    while parent < arena.values.len() {
        for side in 0..2 {
            if let Some(Some(value)) = entries.next() {
                let node = arena.values.len();
                arena.values.push(*value);
                arena.children.push([None, None]);
                arena.children[parent][side] = Some(node);
            }
        }
        parent += 1;
    }
    arena
}

/// The tree's drawing, one string per line (all of the same width), or `None` when it is empty
/// or larger than [`MAX_NODES`].
pub fn draw(order: &[Option<i32>]) -> Option<Vec<String>> {
    let arena = read(order);
    let n = arena.values.len();
    if n == 0 || n > MAX_NODES {
        return None;
    }
    // Depth and in-order rank of every node, iteratively.
    let mut depth = vec![0usize; n];
    let mut rank = vec![0usize; n];
    let (mut stack, mut node, mut next_rank) = (Vec::new(), Some(0usize), 0);
    while node.is_some() || !stack.is_empty() {
        while let Some(current) = node {
            stack.push(current);
            node = arena.children[current][0];
            if let Some(child) = node {
                depth[child] = depth[current] + 1;
            }
        }
        let current = stack
            .pop()
            .expect("the loop runs while the stack holds a node");
        rank[current] = next_rank;
        next_rank += 1;
        node = arena.children[current][1];
        if let Some(child) = node {
            depth[child] = depth[current] + 1;
        }
    }
    let labels: Vec<String> = arena.values.iter().map(i32::to_string).collect();
    let cell = labels.iter().map(String::len).max().unwrap_or(1) + 1;
    let width = n * cell;
    let center = |node: usize| rank[node] * cell + cell / 2;
    let height = depth.iter().max().copied().unwrap_or(0) + 1;
    let mut rows = vec![vec![' '; width]; 2 * height - 1];
    for node in 0..n {
        let row = &mut rows[2 * depth[node]];
        let start = (center(node) + 1).saturating_sub(labels[node].len().div_ceil(2));
        for (i, c) in labels[node].chars().enumerate() {
            row[start + i] = c;
        }
        for (side, mark) in [(0, '/'), (1, '\\')] {
            if let Some(child) = arena.children[node][side] {
                let at = (center(node) + center(child)) / 2;
                rows[2 * depth[node] + 1][at] = mark;
            }
        }
    }
    Some(
        rows.into_iter()
            .map(|row| row.into_iter().collect::<String>().trim_end().to_string())
            .map(|line| format!("{line:<width$}"))
            .collect(),
    )
}

/// Two drawings side by side under their titles, or `None` when either tree is not drawn.
pub fn side_by_side(
    (left_title, left): (&str, &[Option<i32>]),
    (right_title, right): (&str, &[Option<i32>]),
) -> Option<Vec<String>> {
    let (left, right) = (draw(left)?, draw(right)?);
    let gap = 4;
    let left_width = left[0].chars().count().max(left_title.len());
    let mut lines = vec![format!("{left_title:<left_width$}{:gap$}{right_title}", "")];
    for i in 0..left.len().max(right.len()) {
        let l = left.get(i).map_or("", String::as_str);
        let r = right.get(i).map_or("", String::as_str);
        lines.push(
            format!("{l:<left_width$}{:gap$}{r}", "")
                .trim_end()
                .to_string(),
        );
    }
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(text: &str) -> Vec<Option<i32>> {
        text.trim_matches(['[', ']'])
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.trim().parse().ok())
            .collect()
    }

    #[test]
    fn a_small_tree_is_drawn_level_by_level() {
        let lines = draw(&order("[4,2,7,1,3,6,9]")).unwrap();
        let text = lines.join("\n");
        assert_eq!(lines.len(), 5, "{text}");
        assert!(lines[0].trim() == "4", "{text}");
        assert!(lines[1].contains('/') && lines[1].contains('\\'), "{text}");
        assert_eq!(
            lines[4].split_whitespace().collect::<Vec<_>>(),
            ["1", "3", "6", "9"],
            "{text}"
        );
    }

    #[test]
    fn a_right_path_leans_right_and_big_trees_are_not_drawn() {
        let lines = draw(&order("[1,null,2,null,3]")).unwrap();
        assert!(lines[1].contains('\\') && !lines[1].contains('/'));
        assert!(lines[4].find('3') > lines[0].find('1'));
        assert!(draw(&[]).is_none());
        let big: Vec<Option<i32>> = (0..16).map(Some).collect();
        assert!(draw(&big).is_none());
    }

    #[test]
    fn two_trees_side_by_side_under_their_titles() {
        let lines =
            side_by_side(("expected", &order("[1,2,3]")), ("got", &order("[1,3,2]"))).unwrap();
        assert!(lines[0].starts_with("expected") && lines[0].ends_with("got"));
        assert_eq!(lines[1].split_whitespace().collect::<Vec<_>>(), ["1", "1"]);
        assert!(side_by_side(("e", &order("[1]")), ("g", &[])).is_none());
    }
}
