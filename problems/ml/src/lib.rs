//! ML coding drills: the small algorithms ML interviews ask to write from scratch (splits, metrics,
//! models trained by gradient descent, clustering, attention), judged by the properties a right
//! answer must have rather than by one printed string tied to one random seed. Inputs and answers
//! are plain `Vec<f64>` / `Vec<Vec<f64>>`; floats are compared within stated tolerances, and each
//! failure names the property that broke.
pub mod causal_self_attention;
pub mod classification_metrics;
pub mod conv_2d;
pub mod gini_best_split;
pub mod k_fold_split;
pub mod k_means_lloyd;
pub mod k_nearest_neighbours;
pub mod linalg;
pub mod linear_regression_gradient_descent;
pub mod linear_regression_normal_equations;
pub mod logistic_regression_gradient_descent;
pub mod real;
pub mod reservoir_sampling;
pub mod roc_auc;
pub mod seeded;
pub mod softmax_cross_entropy;
pub mod stratified_k_fold;
pub mod tf_idf;
pub mod train_test_split;
