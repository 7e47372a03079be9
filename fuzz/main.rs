//! A bounded mutation fuzzer for the share-link and question-bank parsers, on stable
//! Rust (no nightly or sanitizers needed, so CI can run it anywhere).
//!
//!     cargo run --release --example fuzz -- [--seconds 30] [--target link|bank] [--seed N] [--save]
//!
//! It starts from the corpus kept in `fuzz/corpus/<target>/` plus inputs built from
//! the code (every widget's default link, the built-in banks), mutates them (bit
//! flips, dictionary tokens, numbers like NaN and 1e308, duplicated and spliced
//! pieces, 10,000-character values) and runs each through `fuzz/targets.rs`. An input
//! that reaches a new feature (a note kind or branch of some reader) joins the corpus;
//! `--save` writes those to disk. A broken property or panic stops the run, writes
//! the input to `fuzz/crashes/` and exits 1.

#[path = "targets.rs"]
mod targets;

use std::collections::HashSet;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use secworth::model::breach::assumptions::PARAMS;
use secworth::model::breach::state::Breach;
use secworth::model::decision::presets::Preset;
use secworth::model::decision::state::Decision;
use secworth::model::lang::Lang;
use secworth::model::questionnaire::builtin;
use secworth::model::widget::registry::{self, Visitor};
use secworth::model::widget::{Opening, Widget, WidgetModel};

/// A widget's link as it writes it after opening `query`.
struct ShareQuery<'a> {
    query: &'a str,
    lang: Lang,
}

impl Visitor for ShareQuery<'_> {
    type Output = String;
    fn visit<M: WidgetModel>(self, widget: Widget) -> String {
        M::open(&Opening::link(widget, self.query, self.lang)).share_query()
    }
}

const MAX_LINK_BYTES: usize = 16 * 1024;
const MAX_BANK_BYTES: usize = 64 * 1024;
/// New corpus entries written per target and run, so `--save` cannot flood the repository.
const MAX_SAVED: usize = 200;

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Link,
    Bank,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Link => "link",
            Target::Bank => "bank",
        }
    }
}

struct Options {
    seconds: f64,
    targets: Vec<Target>,
    seed: u64,
    save: bool,
}

fn options() -> Result<Options, String> {
    let mut o = Options { seconds: 30.0, targets: vec![Target::Link, Target::Bank], seed: 0x5ec_0042, save: false };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--seconds" => o.seconds = value("--seconds")?.parse().map_err(|_| "--seconds: not a number")?,
            "--seed" => o.seed = value("--seed")?.parse().map_err(|_| "--seed: not a whole number")?,
            "--target" => {
                o.targets = match value("--target")?.as_str() {
                    "link" => vec![Target::Link],
                    "bank" => vec![Target::Bank],
                    t => return Err(format!("--target: no target {t:?} (link or bank)")),
                }
            }
            "--save" => o.save = true,
            _ => return Err(format!("unknown argument {a:?}")),
        }
    }
    Ok(o)
}

fn main() {
    let o = options().unwrap_or_else(|e| {
        eprintln!("fuzz: {e}");
        std::process::exit(2)
    });
    // Panics are the findings: keep their message, print it once, with the input.
    panic::set_hook(Box::new(|info| LAST_PANIC.with(|p| *p.borrow_mut() = info.to_string())));
    let share = Duration::from_secs_f64(o.seconds / o.targets.len() as f64);
    for &target in &o.targets {
        let mut rng = Rng(o.seed);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target.name());
        let mut corpus = load(&dir);
        let kept = corpus.len();
        corpus.extend(seeds(target));
        let run = |input: &[u8]| match target {
            Target::Link => targets::share_link(input),
            Target::Bank => targets::bank(input),
        };
        let mut seen = HashSet::new();
        for input in &corpus {
            seen.extend(check(target, input, &run));
        }
        let dictionary = dictionary(target);
        let (start, mut execs, mut saved) = (Instant::now(), 0u64, 0usize);
        let limit = if target == Target::Link { MAX_LINK_BYTES } else { MAX_BANK_BYTES };
        while start.elapsed() < share {
            let mut input = corpus[rng.below(corpus.len())].clone();
            for _ in 0..1 + rng.below(4) {
                mutate(&mut input, &corpus, &dictionary, &mut rng);
            }
            input.truncate(limit);
            let features = check(target, &input, &run);
            execs += 1;
            let new: Vec<u64> = features.into_iter().filter(|f| seen.insert(*f)).collect();
            if !new.is_empty() {
                if o.save && saved < MAX_SAVED {
                    shrink(&mut input, &new, &run);
                    fs::create_dir_all(&dir)
                        .and_then(|_| fs::write(dir.join(format!("{:016x}", fnv(&input))), &input))
                        .expect("write the corpus");
                    saved += 1;
                }
                corpus.push(input);
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "fuzz {:<4}  seed {}: {execs} inputs in {secs:.1} s ({:.0}/s), no failure; corpus {kept} kept + {} found ({} features){}",
            target.name(),
            o.seed,
            execs as f64 / secs,
            corpus.len() - kept,
            seen.len(),
            if o.save { format!(", {saved} saved to {}", dir.display()) } else { String::new() },
        );
    }
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Runs one input; on a failure, keeps the input in `fuzz/crashes/` and stops.
fn check(target: Target, input: &[u8], run: &impl Fn(&[u8]) -> Vec<u64>) -> Vec<u64> {
    match panic::catch_unwind(AssertUnwindSafe(|| run(input))) {
        Ok(features) => features,
        Err(_) => {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/crashes");
            let file = dir.join(format!("{}-{:016x}", target.name(), fnv(input)));
            let _ = fs::create_dir_all(&dir).and_then(|_| fs::write(&file, input));
            let shown: String = String::from_utf8_lossy(input).chars().take(600).collect();
            eprintln!("fuzz {}: FAILED on {shown:?}", target.name());
            eprintln!("{}", LAST_PANIC.with(|p| p.borrow().clone()));
            eprintln!(
                "input kept in {}; replay it with cargo test --test fuzz_corpus after moving it into fuzz/corpus/{}/",
                file.display(),
                target.name()
            );
            std::process::exit(1)
        }
    }
}

/// Cuts pieces out of an input while it still reaches the features it was kept for,
/// so the kept corpus is small and each file shows what it is about.
fn shrink(input: &mut Vec<u8>, features: &[u64], run: &impl Fn(&[u8]) -> Vec<u64>) {
    let mut budget = 3000;
    let mut size = input.len() / 2;
    while size > 0 && budget > 0 {
        let mut at = 0;
        while at + size <= input.len() && budget > 0 {
            let mut shorter = input.clone();
            shorter.drain(at..at + size);
            budget -= 1;
            let keeps = panic::catch_unwind(AssertUnwindSafe(|| run(&shorter)))
                .is_ok_and(|got| features.iter().all(|f| got.contains(f)));
            if keeps {
                *input = shorter;
            } else {
                at += size;
            }
        }
        size /= 2;
    }
}

fn load(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.sort();
    files.iter().filter_map(|f| fs::read(f).ok()).collect()
}

/// Inputs made from the code itself, so the fuzzer starts from what is valid today.
fn seeds(target: Target) -> Vec<Vec<u8>> {
    match target {
        Target::Link => {
            // Every widget's fresh link and its pre-filled sample, from the registry.
            let mut v: Vec<String> = Vec::new();
            for widget in Widget::ALL {
                for (query, lang) in [(String::new(), Lang::En), (widget.info().sample.to_string(), Lang::Zh)] {
                    v.push(registry::visit(widget, ShareQuery { query: &query, lang }));
                }
            }
            v.extend([
                "w=maturity&lang=en&audience=screen&v=1&a=012301230123012&target=80".to_string(),
                "w=spectrum&lang=zh&audience=self&v=1&a=3333222211110000&target=85".to_string(),
                format!(
                    "{}&{}",
                    Breach::new(Lang::En).share_query(),
                    PARAMS.iter().map(|p| format!("{}=0.5", p.key())).collect::<Vec<_>>().join("&")
                ),
                "w=decision-weights&preset=reframe".to_string(),
            ]);
            v.extend(Preset::ALL.iter().map(|p| Decision::new(p.table(Lang::En), Lang::En).share_query()));
            v.into_iter().map(String::into_bytes).collect()
        }
        Target::Bank => vec![builtin::MATURITY_JSON.as_bytes().to_vec(), builtin::SPECTRUM_JSON.as_bytes().to_vec()],
    }
}

fn dictionary(target: Target) -> Vec<Vec<u8>> {
    let numbers = [
        "NaN",
        "Infinity",
        "-Infinity",
        "-1",
        "0",
        "-0",
        "1e308",
        "1e309",
        "4294967296",
        "0x10",
        "1,5",
        "99999999999999999999",
        "0.0000001",
    ];
    let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "\u{202e}",
        "中文",
        "\u{0}",
    ];
    let mut words: Vec<String> = numbers.iter().chain(&hostile).map(|s| s.to_string()).collect();
    match target {
        Target::Link => {
            words.extend(
                [
                    "&",
                    "=",
                    "?",
                    "%",
                    "%2",
                    "%ZZ",
                    "%00",
                    "%25",
                    "%26",
                    "%3D",
                    "%E4%B8%AD",
                    "%E4%B8",
                    "%FF",
                    "+",
                    ",",
                    "_",
                ]
                .map(String::from),
            );
            words.extend(
                [
                    "w",
                    "lang",
                    "audience",
                    "v",
                    "a",
                    "target",
                    "preset",
                    "reframe",
                    "currency",
                    "industry",
                    "jurisdiction",
                    "controls",
                    "package",
                    "c1",
                    "w1",
                    "r1",
                    "s1",
                    "v1",
                    "t1",
                    "p1",
                    "c13",
                    "v7",
                ]
                .map(|k| format!("&{k}=")),
            );
            words.extend(
                [
                    "maturity",
                    "spectrum",
                    "flywheel",
                    "breach-cost",
                    "decision-weights",
                    "zh",
                    "en",
                    "screen",
                    "self",
                    "usd",
                    "CNY",
                    "mfa,edr",
                    "healthcare",
                    "cn",
                ]
                .map(String::from),
            );
            words.extend(PARAMS.iter().map(|p| format!("&{}=", p.key())));
            words.push("x".repeat(10_000));
        }
        Target::Bank => {
            words.extend(
                ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "\"\"", "[]", "{}", "\\u0000", "\\ud800"]
                    .map(String::from),
            );
            // Every key the built-in banks use, as `"key":`.
            for json in [builtin::MATURITY_JSON, builtin::SPECTRUM_JSON] {
                for piece in json.split('"').collect::<Vec<_>>().windows(2) {
                    if piece[1].trim_start().starts_with(':')
                        && !words.iter().any(|w| w == &format!("\"{}\":", piece[0]))
                    {
                        words.push(format!("\"{}\":", piece[0]));
                    }
                }
            }
        }
    }
    words.into_iter().map(String::into_bytes).collect()
}

fn mutate(input: &mut Vec<u8>, corpus: &[Vec<u8>], dictionary: &[Vec<u8>], rng: &mut Rng) {
    let at = |rng: &mut Rng, len: usize| rng.below(len + 1);
    match rng.below(8) {
        0 if !input.is_empty() => {
            let i = rng.below(input.len());
            input[i] ^= 1 << rng.below(8);
        }
        1 if !input.is_empty() => {
            let i = rng.below(input.len());
            input[i] = b"\0\xff%&=\"{}[],:\\\n 9-."[rng.below(17)];
        }
        2 | 3 => {
            let word = &dictionary[rng.below(dictionary.len())];
            let i = at(rng, input.len());
            input.splice(i..i, word.iter().copied());
        }
        4 if !input.is_empty() => {
            let i = rng.below(input.len());
            let n = 1 + rng.below((input.len() - i).min(64));
            input.drain(i..i + n);
        }
        5 if !input.is_empty() => {
            // Duplicate a piece: repeated keys, repeated array items.
            let i = rng.below(input.len());
            let n = 1 + rng.below((input.len() - i).min(256));
            let piece = input[i..i + n].to_vec();
            let j = at(rng, input.len());
            input.splice(j..j, piece);
        }
        6 => {
            let other = &corpus[rng.below(corpus.len())];
            let (i, j) = (at(rng, input.len()), at(rng, other.len()));
            input.truncate(i);
            input.extend_from_slice(&other[j..]);
        }
        _ => {
            // Replace a run of digits with an awkward number.
            let starts: Vec<usize> = (0..input.len())
                .filter(|&i| input[i].is_ascii_digit() && (i == 0 || !input[i - 1].is_ascii_digit()))
                .collect();
            if let Some(&i) = starts.get(rng.below(starts.len().max(1))) {
                let end = (i..input.len()).find(|&j| !input[j].is_ascii_digit()).unwrap_or(input.len());
                let numbers = [
                    &b"NaN"[..],
                    b"-1",
                    b"0",
                    b"1e308",
                    b"-1e308",
                    b"Infinity",
                    b"4294967296",
                    b"18446744073709551616",
                    b"255",
                    b"256",
                    b"1.5",
                ];
                input.splice(i..end, numbers[rng.below(numbers.len())].iter().copied());
            }
        }
    }
}

/// SplitMix64: small, seedable, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// A stable file name for an input.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3))
}
