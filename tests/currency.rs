//! The one currency type both calculators use: codes, parsing, symbols, and the note
//! a link with an unknown currency gets.

use secworth::model::currency::Currency;
use secworth::model::lang::Lang;
use secworth::model::note::Note;

#[test]
fn every_code_reads_back_in_any_case_and_nothing_else_does() {
    for c in Currency::ALL {
        assert_eq!(Currency::parse(c.code()), Some(c));
        assert_eq!(Currency::parse(&format!("  {} ", c.code().to_ascii_lowercase())), Some(c));
        assert!(!c.symbol().is_empty());
    }
    for bad in ["", "XYZ", "US D", "€", "USDT"] {
        assert_eq!(Currency::parse(bad), None, "{bad}");
    }
    assert_eq!((Currency::for_lang(Lang::Zh), Currency::for_lang(Lang::En)), (Currency::Cny, Currency::Usd));
}

#[test]
fn an_unknown_currency_is_named_with_the_ones_on_offer() {
    let note = Note::UnknownCurrency("DOGE".into());
    for lang in [Lang::En, Lang::Zh] {
        let m = note.message(lang);
        assert!(m.contains("DOGE") && Currency::ALL.iter().all(|c| m.contains(c.code())), "{m}");
    }
}
