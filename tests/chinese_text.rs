//! Chinese text follows GB/T 15834: full-width ，。：；（）？！ beside Chinese characters
//! (half-width stays in code, numbers and Latin text). Every string literal in `src/`
//! and every string in the built-in question banks.

use std::path::Path;

/// English text that quotes a Chinese name keeps half-width brackets.
const EXCEPTIONS: [&str; 1] = ["MLPS 2.0 (等保 2.0)"];

/// A Chinese character, or the full-width punctuation that sits among them (a
/// half-width `?` after `）` is as wrong as after a character).
fn han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || "，。：；（）？！、《》「」".contains(c)
}

/// The first half-width mark beside a Chinese character in `text`, with its surroundings.
pub fn half_width_beside_chinese(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|i| {
        let near = (i > 0 && han(chars[i - 1])) || chars.get(i + 1).is_some_and(|c| han(*c));
        (",:;()?!".contains(chars[i]) && near)
            .then(|| chars[i.saturating_sub(8)..(i + 8).min(chars.len())].iter().collect())
    })
}

/// The double-quoted literals of a source or JSON file (escapes kept as written).
fn literals(source: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let start = i + 1;
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            out.push(&source[start..i.min(source.len())]);
        }
        i += 1;
    }
    out
}

fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

#[test]
fn every_chinese_string_uses_full_width_punctuation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), "rs", &mut paths);
    files(&root.join("banks"), "json", &mut paths);
    assert!(paths.len() > 50, "found the sources: {}", paths.len());
    let mut found = Vec::new();
    for path in &paths {
        let source = std::fs::read_to_string(path).expect("UTF-8 source");
        for lit in literals(&source).into_iter().filter(|l| !EXCEPTIONS.contains(l)) {
            if let Some(at) = half_width_beside_chinese(lit) {
                found.push(format!("{}: {at}", path.strip_prefix(root).unwrap_or(path).display()));
            }
        }
    }
    assert!(found.is_empty(), "half-width punctuation beside Chinese:\n{}", found.join("\n"));
}

#[test]
fn the_check_catches_what_it_is_for() {
    assert!(half_width_beside_chinese("没有,出了问题").is_some());
    assert!(half_width_beside_chinese("运行:输入").is_some());
    assert!(half_width_beside_chinese("多因素认证(MFA)").is_some());
    assert_eq!(half_width_beside_chinese("没有，出了问题（MFA）：好"), None);
    assert_eq!(half_width_beside_chinese("P10 / P50, 1:2 (en)"), None);
}

#[test]
fn brackets_and_colons_built_around_text_follow_the_language() {
    use secworth::model::lang::Lang;
    use secworth::model::text::{bracketed, colon};
    assert_eq!(format!("多因素认证{}", bracketed("已具备", Lang::Zh)), "多因素认证（已具备）");
    assert_eq!(format!("MFA{}", bracketed("already in place", Lang::En)), "MFA (already in place)");
    assert_eq!(format!("已修改{}4", colon(Lang::Zh)), "已修改：4");
    assert_eq!(half_width_beside_chinese(&format!("危机预案完备性{}", bracketed("2.2 / 20", Lang::Zh))), None);
}
