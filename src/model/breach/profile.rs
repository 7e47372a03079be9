//! Model layer: the facts an SMB owner enters about the business: industry,
//! jurisdiction, size, records held and the controls in place. Pure Rust.

/// IBM's industry classification (Cost of a Data Breach 2026, Fig. 4), plus the all-industry average.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Industry {
    Healthcare,
    Financial,
    Industrial,
    Technology,
    Energy,
    Pharmaceuticals,
    Services,
    Transportation,
    Communications,
    Research,
    Education,
    Entertainment,
    Media,
    Consumer,
    Hospitality,
    Retail,
    PublicSector,
    Other,
}

impl Industry {
    pub const ALL: [Industry; 18] = [
        Industry::Healthcare,
        Industry::Financial,
        Industry::Industrial,
        Industry::Technology,
        Industry::Energy,
        Industry::Pharmaceuticals,
        Industry::Services,
        Industry::Transportation,
        Industry::Communications,
        Industry::Research,
        Industry::Education,
        Industry::Entertainment,
        Industry::Media,
        Industry::Consumer,
        Industry::Hospitality,
        Industry::Retail,
        Industry::PublicSector,
        Industry::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Industry::Healthcare => "healthcare",
            Industry::Financial => "financial",
            Industry::Industrial => "industrial",
            Industry::Technology => "technology",
            Industry::Energy => "energy",
            Industry::Pharmaceuticals => "pharma",
            Industry::Services => "services",
            Industry::Transportation => "transport",
            Industry::Communications => "communications",
            Industry::Research => "research",
            Industry::Education => "education",
            Industry::Entertainment => "entertainment",
            Industry::Media => "media",
            Industry::Consumer => "consumer",
            Industry::Hospitality => "hospitality",
            Industry::Retail => "retail",
            Industry::PublicSector => "public",
            Industry::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Industry> {
        let s = s.trim().to_ascii_lowercase();
        Industry::ALL.into_iter().find(|i| i.code() == s)
    }
}

/// Where the business is regulated: sets the country cost level and the fine rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Jurisdiction {
    Cn,
    Us,
    Eu,
    Uk,
    Other,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 5] =
        [Jurisdiction::Cn, Jurisdiction::Us, Jurisdiction::Eu, Jurisdiction::Uk, Jurisdiction::Other];

    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Cn => "cn",
            Jurisdiction::Us => "us",
            Jurisdiction::Eu => "eu",
            Jurisdiction::Uk => "uk",
            Jurisdiction::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Jurisdiction> {
        let s = s.trim().to_ascii_lowercase();
        Jurisdiction::ALL.into_iter().find(|j| j.code() == s)
    }
}

/// Security controls that change how likely a breach is and what it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Control {
    Mfa,
    Edr,
    Backups,
    IrPlan,
    Training,
    Encryption,
    Mdr,
}

impl Control {
    pub const ALL: [Control; 7] = [
        Control::Mfa,
        Control::Edr,
        Control::Backups,
        Control::IrPlan,
        Control::Training,
        Control::Encryption,
        Control::Mdr,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Control::Mfa => "mfa",
            Control::Edr => "edr",
            Control::Backups => "backups",
            Control::IrPlan => "ir",
            Control::Training => "training",
            Control::Encryption => "encryption",
            Control::Mdr => "mdr",
        }
    }

    pub fn parse(s: &str) -> Option<Control> {
        let s = s.trim().to_ascii_lowercase();
        Control::ALL.into_iter().find(|c| c.code() == s)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of controls (a bit set: small, `Copy`, ordered like `Control::ALL`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Controls(u8);

impl Controls {
    pub const NONE: Controls = Controls(0);

    pub fn of(list: &[Control]) -> Controls {
        Controls(list.iter().fold(0, |bits, c| bits | c.bit()))
    }

    pub fn has(self, c: Control) -> bool {
        self.0 & c.bit() != 0
    }

    pub fn with(self, c: Control, on: bool) -> Controls {
        Controls(if on { self.0 | c.bit() } else { self.0 & !c.bit() })
    }

    pub fn union(self, other: Controls) -> Controls {
        Controls(self.0 | other.0)
    }

    /// The controls of `self` that `other` lacks.
    pub fn minus(self, other: Controls) -> Controls {
        Controls(self.0 & !other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Control> {
        Control::ALL.into_iter().filter(move |c| self.has(*c))
    }

    /// Comma-separated codes, as in a share link (`mfa,backups`).
    pub fn codes(self) -> String {
        self.iter().map(Control::code).collect::<Vec<_>>().join(",")
    }
}

/// Records the business holds, by kind: what a breach can expose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Records {
    pub customer: f64,
    pub payment: f64,
    pub health: f64,
    pub employee: f64,
}

/// What the model needs to know about the business. Amounts in US dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    pub industry: Industry,
    pub jurisdiction: Jurisdiction,
    pub employees: f64,
    pub revenue_usd: f64,
    pub records: Records,
    pub controls: Controls,
    /// Hours operations stop after a breach (before any package).
    pub downtime_hours: f64,
}
