//! Model layer: the currencies amounts are entered and shown in, for every
//! calculator (formatting itself is the browser's `Intl`). Pure Rust.

use super::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    Usd,
    Cny,
    Eur,
    Gbp,
}

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::Usd, Currency::Cny, Currency::Eur, Currency::Gbp];

    /// The ISO 4217 code, as in a share link and for `Intl.NumberFormat`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }

    /// A code in any case, spaces around it allowed.
    pub fn parse(s: &str) -> Option<Currency> {
        let upper = s.trim().to_ascii_uppercase();
        Currency::ALL.into_iter().find(|c| c.code() == upper)
    }

    /// The symbol, for chart axes.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Cny => "¥",
            Currency::Eur => "€",
            Currency::Gbp => "£",
        }
    }

    /// A fresh calculator's currency: yuan in Chinese, dollars otherwise.
    pub fn for_lang(lang: Lang) -> Currency {
        match lang {
            Lang::Zh => Currency::Cny,
            Lang::En => Currency::Usd,
        }
    }

    /// The codes, comma-separated (for messages).
    pub fn codes(separator: &str) -> String {
        Currency::ALL.map(Currency::code).join(separator)
    }
}
