impl Solution {
    pub fn conv2d(
        image: Vec<Vec<f64>>,
        kernel: Vec<Vec<f64>>,
        stride: usize,
        padding: usize,
    ) -> Vec<Vec<f64>> {
        let (h, w) = (image.len(), image[0].len());
        let (kh, kw) = (kernel.len(), kernel[0].len());
        let mut padded = vec![vec![0.0; w + 2 * padding]; h + 2 * padding];
        for i in 0..h {
            for j in 0..w {
                padded[i + padding][j + padding] = image[i][j];
            }
        }
        // Number of valid positions, divided by the stride.
        let out_h = (h + 2 * padding - kh + 1) / stride;
        let out_w = (w + 2 * padding - kw + 1) / stride;
        let mut out = vec![vec![0.0; out_w]; out_h];
        for i in 0..out_h {
            for j in 0..out_w {
                let mut sum = 0.0;
                for a in 0..kh {
                    for b in 0..kw {
                        sum += kernel[a][b] * padded[i * stride + a][j * stride + b];
                    }
                }
                out[i][j] = sum;
            }
        }
        out
    }
}
