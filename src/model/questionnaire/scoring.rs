//! Model layer: scoring a questionnaire (SPEC section 4). Pure Rust.
//!
//! A dimension's score is its selected points over its maximum, times its points;
//! unanswered questions count 0. The total is the sum, rounded to one decimal.

use super::bank::Bank;

/// One answer per question in bank order: `Some(option index)` or `None` if unanswered.
pub type Answers = [Option<u8>];

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    /// Index into `bank.dimensions`.
    pub index: usize,
    /// Score in points, 0..=`max` (unrounded).
    pub score: f64,
    /// The dimension's points (its maximum score).
    pub max: f64,
    pub answered: usize,
    pub questions: usize,
}

impl DimensionScore {
    /// Share of the maximum reached, 0.0..=1.0.
    pub fn ratio(&self) -> f64 {
        if self.max > 0.0 {
            (self.score / self.max).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub dimensions: Vec<DimensionScore>,
    /// Total in points, rounded to one decimal, 0..=`max_total`.
    pub total: f64,
    pub max_total: f64,
    /// Index into `bank.bands` of the band the total falls in.
    pub band: usize,
    pub answered: usize,
    pub questions: usize,
    /// One per `bank.scales`, in order.
    pub scales: Vec<ScaleScore>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScaleScore {
    /// Selected points over the maximum of the scale's questions, 0..=100, one decimal.
    pub percent: f64,
    /// Index into the scale's `levels`.
    pub level: usize,
}

impl Score {
    /// Every question has an answer.
    pub fn complete(&self) -> bool {
        self.answered == self.questions
    }

    /// Up to `n` dimensions below their maximum, weakest (lowest ratio) first;
    /// ties keep bank order.
    pub fn weakest(&self, n: usize) -> Vec<usize> {
        let mut below: Vec<&DimensionScore> = self.dimensions.iter().filter(|d| d.ratio() < 1.0).collect();
        crate::model::small_sort::sort_small_by(&mut below, |a, b| a.ratio().total_cmp(&b.ratio()));
        below.into_iter().take(n).map(|d| d.index).collect()
    }
}

/// Rounds to one decimal, as totals are shown and banded.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Scores `answers` against `bank`. Answers beyond the bank's questions, and option
/// indexes a question does not have, count as unanswered.
pub fn score(bank: &Bank, answers: &Answers) -> Score {
    let n = bank.dimensions.len();
    let mut got = vec![0.0; n];
    let mut best = vec![0.0; n];
    let mut answered = vec![0usize; n];
    let mut questions = vec![0usize; n];
    for (qi, q) in bank.questions.iter().enumerate() {
        let Some(d) = bank.dimension_index(&q.dimension) else { continue };
        questions[d] += 1;
        best[d] += q.max_points();
        let chosen = answers.get(qi).copied().flatten().and_then(|o| q.options.get(o as usize));
        if let Some(option) = chosen {
            got[d] += option.points;
            answered[d] += 1;
        }
    }
    let dimensions: Vec<DimensionScore> = bank
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| DimensionScore {
            index: i,
            score: if best[i] > 0.0 { (got[i] / best[i]).min(1.0) * d.points } else { 0.0 },
            max: d.points,
            answered: answered[i],
            questions: questions[i],
        })
        .collect();
    let max_total = bank.max_total();
    // Not `clamp`: its min <= max check formats floats (`{:?}`) into every bundle.
    let total = round1(dimensions.iter().map(|d| d.score).sum::<f64>()).max(0.0).min(max_total);
    Score {
        band: band_index(bank, total),
        total,
        max_total,
        answered: answered.iter().sum(),
        questions: bank.questions.len(),
        scales: bank.scales.iter().map(|scale| scale_score(bank, scale, answers)).collect(),
        dimensions,
    }
}

fn scale_score(bank: &Bank, scale: &super::bank::Scale, answers: &Answers) -> ScaleScore {
    let (mut got, mut best) = (0.0, 0.0);
    for (qi, q) in bank.questions.iter().enumerate().filter(|(_, q)| scale.questions.contains(&q.id)) {
        best += q.max_points();
        let chosen = answers.get(qi).copied().flatten().and_then(|o| q.options.get(o as usize));
        got += chosen.map_or(0.0, |o| o.points);
    }
    let percent = if best > 0.0 { round1((got / best).min(1.0) * 100.0) } else { 0.0 };
    let level = scale.levels.iter().rposition(|l| l.min <= percent).unwrap_or(0);
    ScaleScore { percent, level }
}

/// The band a total falls in: the last band whose `min` is at most `total`.
pub fn band_index(bank: &Bank, total: f64) -> usize {
    bank.bands.iter().rposition(|b| b.min <= total).unwrap_or(0)
}
