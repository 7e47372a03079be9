//! Model layer: question banks (SPEC section 4): their JSON shape, parsing and
//! validation. A bank that does not validate is refused with a message naming the
//! field. Pure Rust (`json::parse`, then `json_read`).

use crate::model::decimal::shortest;
use crate::model::json::Value;

use crate::model::json_read::{self, check_id, unique_ids, Object, Read, ReadError};
use crate::model::lang::{Localized, PerAudience};

/// Most options a question may have: a share link stores each answer as one digit.
pub const MAX_OPTIONS: usize = 10;
/// Most questions a bank may have, so share links stay a sane length.
pub const MAX_QUESTIONS: usize = 200;

/// A question bank: data that the questionnaire engine runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    /// Stable identifier, `[a-z0-9-]`, at most 64 characters.
    pub id: String,
    /// Bumped whenever questions or options change order or meaning; share links carry it.
    pub version: u32,
    pub title: Localized,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    /// Ordered by `min`, the first at 0.
    pub bands: Vec<Band>,
    /// Secondary classifications over a subset of questions (the MSSP stage of the
    /// spectrum bank); none for the maturity bank. May be left out.
    pub scales: Vec<Scale>,
}

/// A classification read from some questions only: their selected points over their
/// maximum, as a percentage 0-100, placed in the highest level whose `min` it reaches.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub id: String,
    pub title: Localized,
    /// Ids of the questions that make up the scale.
    pub questions: Vec<String>,
    /// Ordered by `min` (percent, the first at 0).
    pub levels: Vec<Level>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    /// Lower bound in percent of the scale's maximum, inclusive.
    pub min: f64,
    pub id: String,
    /// The level as a number for `<output data-value>` (the MSSP stage: 1, 2, 3).
    pub value: f64,
    pub title: Localized,
    pub description: Localized,
    /// What moves an offering from this level to the next.
    pub next: Localized,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub title: Localized,
    /// The dimension's weight in the total, in points (> 0); the maturity bank gives each 20.
    pub points: f64,
    /// Concrete next steps shown when this dimension is among the weakest. May be left out.
    pub next_steps: Vec<Localized>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: String,
    /// The `id` of the dimension this question scores.
    pub dimension: String,
    pub text: Localized,
    pub help: Option<Localized>,
    /// 2 to 10 options, in the order shown.
    pub options: Vec<AnswerOption>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerOption {
    pub text: Localized,
    /// Raw points (finite, >= 0); a dimension scales its questions' points to its own.
    pub points: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Lower bound of the band on the total, inclusive.
    pub min: f64,
    pub id: String,
    pub title: PerAudience,
    pub advice: PerAudience,
}

/// Why a bank was refused: the field's path (`questions[3].options[1].points`) and what is wrong.
pub type BankError = ReadError;

fn err(path: impl Into<String>, message: impl Into<String>) -> BankError {
    json_read::error(path, message)
}

impl Bank {
    /// Parses and validates a bank from JSON text.
    pub fn from_json(json: &str) -> Result<Bank, BankError> {
        let value = json_read::document(json, "(bank)")?;
        let bank = Bank::read(&value).map_err(|ReadError { path, message }| {
            err(if path.is_empty() { "(bank)".to_string() } else { path }, message)
        })?;
        bank.validate()?;
        Ok(bank)
    }

    /// The bank's shape: every field present and of its type, no unknown field.
    fn read(v: &Value) -> Read<Bank> {
        let o = Object::new(v, "", &["id", "version", "title", "dimensions", "questions", "bands", "scales"])?;
        Ok(Bank {
            id: o.string("id")?,
            version: o.count("version")?,
            title: o.with("title", Localized::read)?,
            dimensions: o.list("dimensions", Dimension::read)?,
            questions: o.list("questions", Question::read)?,
            bands: o.list("bands", Band::read)?,
            scales: o.list_or_empty("scales", Scale::read)?,
        })
    }

    /// Checks what the JSON shape alone cannot: ids, references, ranges and order.
    pub fn validate(&self) -> Result<(), BankError> {
        check_id("id", &self.id)?;
        if self.version == 0 {
            return Err(err("version", "must be 1 or more"));
        }
        self.title.check("title")?;
        self.validate_dimensions()?;
        self.validate_questions()?;
        self.validate_bands()?;
        self.validate_scales()
    }

    fn validate_scales(&self) -> Result<(), BankError> {
        unique_ids("scales", self.scales.iter().map(|x| x.id.as_str()), &mut Vec::new())?;
        for (i, scale) in self.scales.iter().enumerate() {
            let at = format!("scales[{i}]");
            scale.title.check(&format!("{at}.title"))?;
            if scale.questions.is_empty() {
                return Err(err(format!("{at}.questions"), "must list at least one question id"));
            }
            for (j, q) in scale.questions.iter().enumerate() {
                if !self.questions.iter().any(|x| &x.id == q) {
                    return Err(err(format!("{at}.questions[{j}]"), format!("no question has id \"{q}\"")));
                }
                if scale.questions[..j].contains(q) {
                    return Err(err(format!("{at}.questions[{j}]"), format!("\"{q}\" is listed twice")));
                }
            }
            if scale.levels.first().is_none_or(|l| l.min != 0.0) {
                return Err(err(format!("{at}.levels"), "must list levels, the first with min 0"));
            }
            unique_ids(&format!("{at}.levels"), scale.levels.iter().map(|l| l.id.as_str()), &mut Vec::new())?;
            for (j, l) in scale.levels.iter().enumerate() {
                let lat = format!("{at}.levels[{j}]");
                if !(l.min.is_finite() && (0.0..=100.0).contains(&l.min)) || (j > 0 && l.min <= scale.levels[j - 1].min)
                {
                    return Err(err(format!("{lat}.min"), "must be a percentage above the previous level's min"));
                }
                if !l.value.is_finite() {
                    return Err(err(format!("{lat}.value"), "must be a number"));
                }
                for (field, text) in [("title", &l.title), ("description", &l.description), ("next", &l.next)] {
                    text.check(&format!("{lat}.{field}"))?;
                }
            }
        }
        Ok(())
    }

    fn validate_dimensions(&self) -> Result<(), BankError> {
        if self.dimensions.is_empty() {
            return Err(err("dimensions", "must list at least one dimension"));
        }
        unique_ids("dimensions", self.dimensions.iter().map(|x| x.id.as_str()), &mut Vec::new())?;
        for (i, d) in self.dimensions.iter().enumerate() {
            let at = format!("dimensions[{i}]");
            d.title.check(&format!("{at}.title"))?;
            if !(d.points.is_finite() && d.points > 0.0 && d.points <= 1000.0) {
                return Err(err(format!("{at}.points"), "must be a number above 0 and at most 1000"));
            }
            for (j, step) in d.next_steps.iter().enumerate() {
                step.check(&format!("{at}.next_steps[{j}]"))?;
            }
            if !self.questions.iter().any(|q| q.dimension == d.id) {
                return Err(err(format!("{at}.id"), format!("no question scores dimension \"{}\"", d.id)));
            }
        }
        Ok(())
    }

    fn validate_questions(&self) -> Result<(), BankError> {
        if self.questions.is_empty() {
            return Err(err("questions", "must list at least one question"));
        }
        if self.questions.len() > MAX_QUESTIONS {
            return Err(err("questions", format!("at most {MAX_QUESTIONS} questions are allowed")));
        }
        unique_ids("questions", self.questions.iter().map(|x| x.id.as_str()), &mut Vec::new())?;
        for (i, q) in self.questions.iter().enumerate() {
            let at = format!("questions[{i}]");
            if self.dimension_index(&q.dimension).is_none() {
                return Err(err(format!("{at}.dimension"), format!("no dimension has id \"{}\"", q.dimension)));
            }
            q.text.check(&format!("{at}.text"))?;
            if let Some(help) = &q.help {
                help.check(&format!("{at}.help"))?;
            }
            if q.options.len() < 2 || q.options.len() > MAX_OPTIONS {
                return Err(err(format!("{at}.options"), format!("must have 2 to {MAX_OPTIONS} options")));
            }
            for (j, o) in q.options.iter().enumerate() {
                o.text.check(&format!("{at}.options[{j}].text"))?;
                if !(o.points.is_finite() && o.points >= 0.0 && o.points <= 1000.0) {
                    return Err(err(format!("{at}.options[{j}].points"), "must be a number from 0 to 1000"));
                }
            }
            if q.max_points() <= 0.0 {
                return Err(err(format!("{at}.options"), "at least one option must score above 0 points"));
            }
        }
        Ok(())
    }

    fn validate_bands(&self) -> Result<(), BankError> {
        let total = self.max_total();
        let Some(first) = self.bands.first() else {
            return Err(err("bands", "must list at least one band"));
        };
        if first.min != 0.0 {
            return Err(err("bands[0].min", "the first band must start at 0"));
        }
        unique_ids("bands", self.bands.iter().map(|x| x.id.as_str()), &mut Vec::new())?;
        for (i, b) in self.bands.iter().enumerate() {
            let at = format!("bands[{i}]");
            if !(b.min.is_finite() && b.min >= 0.0 && b.min <= total) {
                return Err(err(
                    format!("{at}.min"),
                    format!("must be a number from 0 to the bank's total, {}", shortest(total)),
                ));
            }
            if i > 0 && b.min <= self.bands[i - 1].min {
                return Err(err(format!("{at}.min"), "must be above the previous band's min"));
            }
            for (field, text) in [("title", &b.title), ("advice", &b.advice)] {
                text.screen.check(&format!("{at}.{field}.screen"))?;
                text.self_assessment.check(&format!("{at}.{field}.self"))?;
            }
        }
        Ok(())
    }

    /// Index of the dimension with this id.
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    /// The highest possible total: the sum of dimension points (100 for the maturity bank).
    pub fn max_total(&self) -> f64 {
        self.dimensions.iter().map(|d| d.points).sum()
    }
}

impl Dimension {
    fn read(v: &Value, path: &str) -> Read<Dimension> {
        let o = Object::new(v, path, &["id", "title", "points", "next_steps"])?;
        Ok(Dimension {
            id: o.string("id")?,
            title: o.with("title", Localized::read)?,
            points: o.number("points")?,
            next_steps: o.list_or_empty("next_steps", Localized::read)?,
        })
    }
}

impl Question {
    fn read(v: &Value, path: &str) -> Read<Question> {
        let o = Object::new(v, path, &["id", "dimension", "text", "help", "options"])?;
        Ok(Question {
            id: o.string("id")?,
            dimension: o.string("dimension")?,
            text: o.with("text", Localized::read)?,
            help: o.optional_with("help", Localized::read)?,
            options: o.list("options", AnswerOption::read)?,
        })
    }
}

impl AnswerOption {
    fn read(v: &Value, path: &str) -> Read<AnswerOption> {
        let o = Object::new(v, path, &["text", "points"])?;
        Ok(AnswerOption { text: o.with("text", Localized::read)?, points: o.number("points")? })
    }
}

impl Band {
    fn read(v: &Value, path: &str) -> Read<Band> {
        let o = Object::new(v, path, &["min", "id", "title", "advice"])?;
        Ok(Band {
            min: o.number("min")?,
            id: o.string("id")?,
            title: o.with("title", PerAudience::read)?,
            advice: o.with("advice", PerAudience::read)?,
        })
    }
}

impl Scale {
    fn read(v: &Value, path: &str) -> Read<Scale> {
        let o = Object::new(v, path, &["id", "title", "questions", "levels"])?;
        Ok(Scale {
            id: o.string("id")?,
            title: o.with("title", Localized::read)?,
            questions: o.list("questions", json_read::string)?,
            levels: o.list("levels", Level::read)?,
        })
    }
}

impl Level {
    fn read(v: &Value, path: &str) -> Read<Level> {
        let o = Object::new(v, path, &["min", "id", "value", "title", "description", "next"])?;
        Ok(Level {
            min: o.number("min")?,
            id: o.string("id")?,
            value: o.number("value")?,
            title: o.with("title", Localized::read)?,
            description: o.with("description", Localized::read)?,
            next: o.with("next", Localized::read)?,
        })
    }
}

impl Question {
    /// Points of this question's best option.
    pub fn max_points(&self) -> f64 {
        self.options.iter().map(|o| o.points).fold(0.0, f64::max)
    }
}
