//! No library: see tests/ and fixtures/.
