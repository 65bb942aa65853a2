//! A float that crosses the judge's JSON protocol whole. JSON has no NaN or infinity: serde_json
//! writes them as `null`, which the referee cannot read back as an `f64`, so a learner's NaN (the
//! very mistake a numerically careless drill makes) would end the run as a broken protocol
//! instead of a wrong answer naming the property. A drill whose answer holds floats returns them
//! as [`Real`]s: a finite value is an ordinary JSON number, the others are the strings `"NaN"`,
//! `"inf"` and `"-inf"`.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Real(pub f64);

impl Serialize for Real {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = self.0;
        if value.is_finite() {
            serializer.serialize_f64(value)
        } else if value.is_nan() {
            serializer.serialize_str("NaN")
        } else if value > 0.0 {
            serializer.serialize_str("inf")
        } else {
            serializer.serialize_str("-inf")
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
            other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
        }
    }
}

impl<'de> Deserialize<'de> for Real {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Real, D::Error> {
        deserializer.deserialize_any(RealVisitor)
    }
}

/// Floats as [`Real`]s.
pub fn reals(values: Vec<f64>) -> Vec<Real> {
    values.into_iter().map(Real).collect()
}

/// Rows of floats as rows of [`Real`]s.
pub fn real_rows(rows: Vec<Vec<f64>>) -> Vec<Vec<Real>> {
    rows.into_iter().map(reals).collect()
}

/// [`Real`]s back as floats.
pub fn floats(values: &[Real]) -> Vec<f64> {
    values.iter().map(|r| r.0).collect()
}

/// Rows of [`Real`]s back as rows of floats.
pub fn float_rows(rows: &[Vec<Real>]) -> Vec<Vec<f64>> {
    rows.iter().map(|row| floats(row)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use judge_engine::prelude::json;

    #[test]
    fn every_float_makes_the_round_trip() {
        let values = reals(vec![
            1.5,
            -2.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            3.0,
        ]);
        let value = json!(values);
        assert_eq!(value, json!([1.5, -2.0, "inf", "-inf", "NaN", 3.0]));
        let back = Vec::<Real>::deserialize(value).unwrap();
        assert_eq!(back[..4], values[..4]);
        assert!(back[4].0.is_nan() && back[5] == Real(3.0));
        assert_eq!(
            Vec::<Real>::deserialize(json!([2, -7])).unwrap(),
            vec![Real(2.0), Real(-7.0)]
        );
        assert!(Real::deserialize(json!("nan")).is_err());
    }
}
