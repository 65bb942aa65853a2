//! 2-D Dynamic Programming: no problem of this pattern is judged yet. `judge new --problem <slug>` adds one.
