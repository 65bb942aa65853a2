pub struct Solution;

impl Solution {
    pub fn conv2d(
        image: Vec<Vec<f64>>,
        kernel: Vec<Vec<f64>>,
        stride: usize,
        padding: usize,
    ) -> Vec<Vec<f64>> {
        let (h, w) = (image.len() as i64, image[0].len() as i64);
        let (kh, kw) = (kernel.len(), kernel[0].len());
        let p = padding as i64;
        let out_h = (image.len() + 2 * padding - kh) / stride + 1;
        let out_w = (image[0].len() + 2 * padding - kw) / stride + 1;
        (0..out_h)
            .map(|i| {
                (0..out_w)
                    .map(|j| {
                        let mut sum = 0.0;
                        for (a, krow) in kernel.iter().enumerate() {
                            let r = (i * stride + a) as i64 - p;
                            if r < 0 || r >= h {
                                continue;
                            }
                            for (b, &kv) in krow.iter().enumerate() {
                                let c = (j * stride + b) as i64 - p;
                                if c >= 0 && c < w {
                                    sum += kv * image[r as usize][c as usize];
                                }
                            }
                        }
                        sum
                    })
                    .collect()
            })
            .collect()
    }
}
