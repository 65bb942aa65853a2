//! Tries: a tree of characters in which every word is a path from the root, so a lookup or a
//! prefix question costs O(L) for L letters, however many words are stored.

pub mod design_add_and_search_words_data_structure;
pub mod implement_trie_prefix_tree;
pub mod word_search_ii;
