//! ML coding drills: the small algorithms ML interviews ask to write from scratch (splits, metrics,
//! models trained by gradient descent, clustering, attention), judged by the properties a right
//! answer must have rather than by one printed string tied to one random seed. Inputs and answers
//! are plain `Vec<f64>` / `Vec<Vec<f64>>`; floats are compared within stated tolerances, and each
//! failure names the property that broke.
pub mod classification_metrics;
pub mod k_fold_split;
pub mod linalg;
pub mod linear_regression_gradient_descent;
pub mod linear_regression_normal_equations;
pub mod logistic_regression_gradient_descent;
pub mod real;
pub mod roc_auc;
pub mod seeded;
pub mod softmax_cross_entropy;
pub mod stratified_k_fold;
pub mod train_test_split;
