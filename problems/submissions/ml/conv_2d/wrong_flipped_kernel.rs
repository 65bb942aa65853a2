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
        let out_h = (h + 2 * padding - kh) / stride + 1;
        let out_w = (w + 2 * padding - kw) / stride + 1;
        let mut out = vec![vec![0.0; out_w]; out_h];
        for i in 0..out_h {
            for j in 0..out_w {
                let mut sum = 0.0;
                for a in 0..kh {
                    for b in 0..kw {
                        // Convolution: the kernel is rotated by 180 degrees.
                        sum += kernel[kh - 1 - a][kw - 1 - b] * padded[i * stride + a][j * stride + b];
                    }
                }
                out[i][j] = sum;
            }
        }
        out
    }
}
