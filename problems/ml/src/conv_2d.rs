//! 2-D convolution as ML libraries define it (cross-correlation: the kernel is not flipped), an ML
//! coding drill. Target: O(out_h·out_w·kh·kw): every output cell is the kernel laid over a window
//! of the zero-padded image. The properties judged: the output's shape,
//! ⌊(h + 2·padding − kh) / stride⌋ + 1 rows and likewise columns; every entry finite; and every
//! entry within 1e-6 of the window's weighted sum, a failure saying when the entry is that of the
//! flipped kernel (a true convolution).

use judge_engine::prelude::*;

use crate::real::{self, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub image: Vec<Vec<f64>>,
    pub kernel: Vec<Vec<f64>>,
    pub stride: usize,
    pub padding: usize,
}

pub struct Problem;

/// The output's size along one axis.
fn output_size(size: usize, kernel: usize, stride: usize, padding: usize) -> usize {
    (size + 2 * padding - kernel) / stride + 1
}

/// The reference: for each output cell, the kernel rows that fall on image rows, and in each the
/// kernel columns that fall on image columns, so the padding is never materialised.
pub fn reference(
    image: Vec<Vec<f64>>,
    kernel: Vec<Vec<f64>>,
    stride: usize,
    padding: usize,
) -> Vec<Vec<f64>> {
    let (h, w) = (image.len() as isize, image[0].len() as isize);
    let (kh, kw) = (kernel.len(), kernel[0].len());
    let out_h = output_size(image.len(), kh, stride, padding);
    let out_w = output_size(image[0].len(), kw, stride, padding);
    let pad = padding as isize;
    (0..out_h)
        .map(|i| {
            let top = (i * stride) as isize - pad;
            (0..out_w)
                .map(|j| {
                    let left = (j * stride) as isize - pad;
                    let mut sum = 0.0;
                    for (a, kernel_row) in kernel.iter().enumerate() {
                        let r = top + a as isize;
                        if r < 0 || r >= h {
                            continue;
                        }
                        let image_row = &image[r as usize];
                        // Kernel columns b with 0 <= left + b < w.
                        let first = (-left).max(0) as usize;
                        let last = (w - left).clamp(0, kw as isize) as usize;
                        for b in first..last {
                            sum += kernel_row[b] * image_row[(left + b as isize) as usize];
                        }
                    }
                    sum
                })
                .collect()
        })
        .collect()
}

/// The image with `padding` zeros on every side.
fn padded(image: &[Vec<f64>], padding: usize) -> Vec<Vec<f64>> {
    let width = image[0].len() + 2 * padding;
    let mut rows = vec![vec![0.0; width]; padding];
    for row in image {
        let mut padded_row = vec![0.0; padding];
        padded_row.extend(row);
        padded_row.resize(width, 0.0);
        rows.push(padded_row);
    }
    rows.resize(image.len() + 2 * padding, vec![0.0; width]);
    rows
}

/// Output cell (i, j) computed from the padded image, with the kernel flipped or not.
fn cell(padded: &[Vec<f64>], input: &Input, i: usize, j: usize, flipped: bool) -> f64 {
    let (kh, kw) = (input.kernel.len(), input.kernel[0].len());
    let mut sum = 0.0;
    for a in 0..kh {
        for b in 0..kw {
            let weight = if flipped {
                input.kernel[kh - 1 - a][kw - 1 - b]
            } else {
                input.kernel[a][b]
            };
            sum += weight * padded[i * input.stride + a][j * input.stride + b];
        }
    }
    sum
}

const MAX_SIDE: usize = 200;
const MAX_KERNEL: usize = 11;
const MAX_STRIDE: usize = 4;
const MAX_PADDING: usize = 5;
const MAX_VALUE: f64 = 100.0;
const TOLERANCE: f64 = 1e-6;

fn grid(rows: usize, columns: usize, gen: &mut Gen) -> Vec<Vec<f64>> {
    (0..rows)
        .map(|_| {
            (0..columns)
                .map(|_| gen.int(-10_000, 10_000) as f64 / 100.0)
                .collect()
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<Real>>;
    const PARAMETERS: &'static [&'static str] = &["image", "kernel", "stride", "padding"];

    fn reference(input: Input) -> Vec<Vec<Real>> {
        real::matrix(reference(
            input.image,
            input.kernel,
            input.stride,
            input.padding,
        ))
    }

    /// The definition word for word: pad with zeros, then slide the kernel by `stride`.
    fn oracle(input: Input) -> Vec<Vec<Real>> {
        let padded = padded(&input.image, input.padding);
        let (kh, kw) = (input.kernel.len(), input.kernel[0].len());
        let rows = (0..=padded.len() - kh)
            .step_by(input.stride)
            .map(|top| {
                (0..=padded[0].len() - kw)
                    .step_by(input.stride)
                    .map(|left| {
                        cell(
                            &padded,
                            &input,
                            top / input.stride,
                            left / input.stride,
                            false,
                        )
                    })
                    .collect()
            })
            .collect();
        real::matrix(rows)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small images and kernels, every stride and padding, integer values: asymmetric kernels
        // (a flip shows), sizes where the last window does not fit (the floor shows).
        (
            1..=6usize,
            1..=6usize,
            1..=4usize,
            1..=4usize,
            1..=3usize,
            0..=2usize,
            any::<u64>(),
        )
            .prop_map(|(h, w, kh, kw, stride, padding, seed)| {
                let mut gen = Gen::new(seed);
                let integers = |rows: usize, columns: usize, gen: &mut Gen| -> Vec<Vec<f64>> {
                    (0..rows)
                        .map(|_| (0..columns).map(|_| gen.int(-3, 3) as f64).collect())
                        .collect()
                };
                Input {
                    image: integers(h, w, &mut gen),
                    // The kernel fits the padded image.
                    kernel: integers(kh.min(h + 2 * padding), kw.min(w + 2 * padding), &mut gen),
                    stride,
                    padding,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "200 x 200 image, 11 x 11 kernel, stride 1, padding 5 (output as large as the image)",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    image: grid(n, n, gen),
                    kernel: grid(MAX_KERNEL, MAX_KERNEL, gen),
                    stride: 1,
                    padding: MAX_PADDING,
                },
            },
            StressFamily {
                name: "200 x 200 image, 3 x 3 kernel, stride 2, padding 1",
                max_n: MAX_SIDE,
                generate: |n, gen| Input {
                    image: grid(n, n, gen),
                    kernel: grid(3, 3, gen),
                    stride: 2,
                    padding: 1,
                },
            },
            StressFamily {
                // 199 - 8 = 191 is not a multiple of 4: the last windows do not fit.
                name: "199 x 198 image, 8 x 7 kernel, stride 4, no padding (the floor drops the edge)",
                max_n: MAX_SIDE,
                generate: |n, gen| {
                    let (h, w) = (n.max(9) - 1, n.max(9) - 2);
                    Input {
                        image: grid(h, w, gen),
                        kernel: grid(8, 7, gen),
                        stride: MAX_STRIDE,
                        padding: 0,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let h = input.image.len();
        constraint::length("image", h, 1..=MAX_SIDE)?;
        let w = input.image[0].len();
        constraint::length("image[0]", w, 1..=MAX_SIDE)?;
        constraint::within("stride", input.stride, 1..=MAX_STRIDE)?;
        constraint::within("padding", input.padding, 0..=MAX_PADDING)?;
        let kh = input.kernel.len();
        constraint::length("kernel", kh, 1..=MAX_KERNEL.min(h + 2 * input.padding))?;
        let kw = input.kernel[0].len();
        constraint::length("kernel[0]", kw, 1..=MAX_KERNEL.min(w + 2 * input.padding))?;
        for (name, rows, width) in [("image", &input.image, w), ("kernel", &input.kernel, kw)] {
            for (i, row) in rows.iter().enumerate() {
                if row.len() != width {
                    return Err(format!(
                        "{name}[{i}] has {} entries; {name}[0] has {width}",
                        row.len()
                    ));
                }
                constraint::each_within(&format!("{name}[{i}]"), row, -MAX_VALUE..=MAX_VALUE)?;
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<Real>>, got: &Vec<Vec<Real>>) -> Checked {
        let (h, w) = (input.image.len(), input.image[0].len());
        let (kh, kw) = (input.kernel.len(), input.kernel[0].len());
        let (stride, padding) = (input.stride, input.padding);
        let (out_h, out_w) = (
            output_size(h, kh, stride, padding),
            output_size(w, kw, stride, padding),
        );
        if got.len() != out_h {
            return Err(format!(
                "the output must have ⌊(h + 2·padding − kh) / stride⌋ + 1 = ⌊({h} + 2·{padding} − {kh}) / {stride}⌋ + 1 = {out_h} rows; got {}",
                got.len()
            ));
        }
        if let Some(i) = (0..out_h).find(|&i| got[i].len() != out_w) {
            return Err(format!(
                "row {i} of the output must have ⌊(w + 2·padding − kw) / stride⌋ + 1 = ⌊({w} + 2·{padding} − {kw}) / {stride}⌋ + 1 = {out_w} entries; got {}",
                got[i].len()
            ));
        }
        let padded = padded(&input.image, padding);
        for i in 0..out_h {
            for j in 0..out_w {
                let (want, have) = (expected[i][j].0, got[i][j].0);
                if real::close(want, have, TOLERANCE) {
                    continue;
                }
                let flipped = cell(&padded, input, i, j, true);
                let slip = if real::close(flipped, have, TOLERANCE) {
                    "; that is the kernel flipped (a true convolution): ML libraries' conv2d is cross-correlation, kernel[0][0] meets the window's top-left pixel"
                } else {
                    ""
                };
                return Err(format!(
                    "output[{i}][{j}] must be Σ kernel[a][b] × padded[{i}·{stride} + a][{j}·{stride} + b], where padded is the image with {padding} zero(s) on every side (padded[r][c] = image[r − {padding}][c − {padding}]) = {want}; got {have}{slip}"
                ));
            }
        }
        Ok(())
    }
}

/// The learner's function.
pub type Convolve = fn(Vec<Vec<f64>>, Vec<Vec<f64>>, usize, usize) -> Vec<Vec<f64>>;

/// The harness's entry point for this drill.
pub fn judge(solve: Convolve) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        real::matrix(solve(
            input.image,
            input.kernel,
            input.stride,
            input.padding,
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    fn grid_of(rows: &[&[f64]]) -> Vec<Vec<f64>> {
        rows.iter().map(|r| r.to_vec()).collect()
    }

    #[test]
    fn cross_correlation_padding_and_stride() {
        let image = grid_of(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], &[7.0, 8.0, 9.0]]);
        assert_eq!(
            reference(image.clone(), grid_of(&[&[1.0, 2.0], &[3.0, 4.0]]), 1, 0),
            grid_of(&[&[37.0, 47.0], &[67.0, 77.0]])
        );
        let cross = grid_of(&[&[0.0, 1.0, 0.0], &[1.0, 1.0, 1.0], &[0.0, 1.0, 0.0]]);
        assert_eq!(
            reference(image, cross, 1, 1),
            grid_of(&[&[7.0, 11.0, 11.0], &[17.0, 25.0, 23.0], &[19.0, 29.0, 23.0]])
        );
        let counting: Vec<Vec<f64>> = (0..5)
            .map(|r| (0..5).map(|c| (5 * r + c + 1) as f64).collect())
            .collect();
        assert_eq!(
            reference(counting, grid_of(&[&[1.0, 1.0], &[1.0, 1.0]]), 2, 0),
            grid_of(&[&[16.0, 24.0], &[56.0, 64.0]])
        );
        assert_eq!(
            reference(
                grid_of(&[&[1.0, 2.0], &[3.0, 4.0]]),
                grid_of(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], &[7.0, 8.0, 9.0]]),
                1,
                1
            ),
            grid_of(&[&[77.0, 67.0], &[47.0, 37.0]])
        );
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            image: grid_of(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], &[7.0, 8.0, 9.0]]),
            kernel: grid_of(&[&[1.0, 0.0], &[0.0, -1.0]]),
            stride: 1,
            padding: 0,
        };
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        let flipped = real::matrix(grid_of(&[&[4.0, 4.0], &[4.0, 4.0]]));
        let why = Problem::check(&input, &expected, &flipped).unwrap_err();
        assert!(why.contains("the kernel flipped"), "{why}");
        let why = Problem::check(&input, &expected, &expected[..1].to_vec()).unwrap_err();
        assert!(why.contains("= 2 rows; got 1"), "{why}");
    }
}
