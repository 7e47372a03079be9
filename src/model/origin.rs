//! Model layer: the origin an iframe embedder configures to receive messages
//! (`origin=https://shop.example`). Pure Rust.

/// Normalises a web origin (`http(s)://host[:port]`, an optional trailing `/`
/// dropped, scheme and host lower-cased); `None` for anything else, including `*`,
/// `null`, paths, credentials and whitespace, so a message is never sent to a
/// wildcard or a malformed target.
pub fn parse_origin(s: &str) -> Option<String> {
    let s = s.strip_suffix('/').unwrap_or(s);
    let lower = s.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest.len() <= 253 + 6
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && !rest.starts_with([':', '.', '-']);
    let port_ok = match rest.rsplit_once(':') {
        Some((host, _)) if !host.ends_with(']') && host.contains(':') => false,
        Some((_, port)) if !rest.ends_with(']') => port.parse::<u16>().is_ok_and(|p| p > 0),
        _ => true,
    };
    (ok && port_ok).then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::parse_origin;

    #[test]
    fn accepts_web_origins_only() {
        assert_eq!(parse_origin("https://Shop.Example/").as_deref(), Some("https://shop.example"));
        assert_eq!(parse_origin("http://127.0.0.1:8080").as_deref(), Some("http://127.0.0.1:8080"));
        assert_eq!(parse_origin("http://[::1]:9000").as_deref(), Some("http://[::1]:9000"));
        for bad in [
            "*",
            "null",
            "",
            "https://",
            "ftp://x",
            "https://a.example/path",
            "https://u@a.example",
            "https://a.example:0",
            "https://a.example:99999",
            "https://a b",
            "javascript:alert(1)",
            "https://a.example?x",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad}");
        }
    }
}
