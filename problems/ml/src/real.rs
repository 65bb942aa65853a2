//! Floats in the drills' answers. JSON has no NaN or infinity (serde_json writes them as `null`,
//! which no `f64` reads back), yet a NaN is exactly what the classic mistakes produce: a mean over
//! an empty cluster, `exp(1000)` in a softmax. An answer crosses from the solution's process to the
//! referee as [`Real`]s, which carry NaN and the infinities as the strings `"NaN"`, `"inf"` and
//! `"-inf"`, so that the checker sees them and can name the property they break.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An `f64` that survives JSON whatever its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Real(pub f64);

impl Serialize for Real {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            x if x.is_finite() => serializer.serialize_f64(x),
            x if x.is_nan() => serializer.serialize_str("NaN"),
            x if x > 0.0 => serializer.serialize_str("inf"),
            _ => serializer.serialize_str("-inf"),
        }
    }
}

struct RealVisitor;

impl Visitor<'_> for RealVisitor {
    type Value = Real;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a number, or \"NaN\", \"inf\" or \"-inf\"")
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Real, E> {
        Ok(Real(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Real, E> {
        Ok(Real(value as f64))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Real, E> {
        Ok(Real(value as f64))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Real, E> {
        match value {
            "NaN" => Ok(Real(f64::NAN)),
            "inf" => Ok(Real(f64::INFINITY)),
            "-inf" => Ok(Real(f64::NEG_INFINITY)),
            _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
        }
    }
}

impl<'de> Deserialize<'de> for Real {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Real, D::Error> {
        deserializer.deserialize_any(RealVisitor)
    }
}

/// A vector of answers as `Real`s.
pub fn row(values: Vec<f64>) -> Vec<Real> {
    values.into_iter().map(Real).collect()
}

/// A matrix of answers as `Real`s.
pub fn matrix(rows: Vec<Vec<f64>>) -> Vec<Vec<Real>> {
    rows.into_iter().map(row).collect()
}

/// The plain floats of a row of `Real`s.
pub fn floats(values: &[Real]) -> Vec<f64> {
    values.iter().map(|r| r.0).collect()
}

/// The plain floats of a matrix of `Real`s.
pub fn float_rows(rows: &[Vec<Real>]) -> Vec<Vec<f64>> {
    rows.iter().map(|row| floats(row)).collect()
}

/// Whether `got` is within `tolerance` of `expected`, absolutely or relatively (as LeetCode judges
/// floats); never for a NaN or an infinity that `expected` is not.
pub fn close(expected: f64, got: f64, tolerance: f64) -> bool {
    if !got.is_finite() || !expected.is_finite() {
        return expected == got;
    }
    let difference = (expected - got).abs();
    difference <= tolerance || difference <= tolerance * expected.abs()
}

/// A short text of a vector for messages: `[1.5, -2, 0.333333]`.
pub fn show(values: &[f64]) -> String {
    let parts: Vec<String> = values
        .iter()
        .take(8)
        .map(|x| {
            let rounded = format!("{x:.6}");
            let trimmed = rounded.trim_end_matches('0').trim_end_matches('.');
            if trimmed == "-0" {
                "0".to_string()
            } else {
                trimmed.to_string()
            }
        })
        .collect();
    let more = if values.len() > 8 { ", ..." } else { "" };
    format!("[{}{more}]", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_and_infinities_cross_json() {
        use judge_engine::prelude::{json, Value};
        let values = vec![
            Real(1.5),
            Real(f64::NAN),
            Real(f64::INFINITY),
            Real(-f64::INFINITY),
        ];
        let text = json!(values);
        assert_eq!(text.to_string(), r#"[1.5,"NaN","inf","-inf"]"#);
        let back = Vec::<Real>::deserialize(text).unwrap();
        assert_eq!(back[0], Real(1.5));
        assert!(back[1].0.is_nan());
        assert_eq!(back[2].0, f64::INFINITY);
        assert_eq!(back[3].0, -f64::INFINITY);
        let integers = Vec::<Real>::deserialize(json!([3, -2])).unwrap();
        assert_eq!(integers, vec![Real(3.0), Real(-2.0)]);
        assert!(Real::deserialize(Value::from("nan")).is_err());
    }

    #[test]
    fn closeness_is_absolute_or_relative_and_never_for_nan() {
        assert!(close(1.0, 1.0 + 1e-10, 1e-9));
        assert!(close(1e6, 1e6 + 1e-4, 1e-9));
        assert!(!close(1.0, 1.1, 1e-9));
        assert!(!close(1.0, f64::NAN, 1e-9));
        assert!(close(f64::INFINITY, f64::INFINITY, 1e-9));
        assert_eq!(
            show(&[1.5, -2.0, 1.0 / 3.0, -0.0]),
            "[1.5, -2, 0.333333, 0]"
        );
    }
}
