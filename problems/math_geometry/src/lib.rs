//! Math & Geometry: no problem of this pattern is judged yet. `judge new --problem <slug>` adds one.
