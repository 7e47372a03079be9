//! Model layer: the JSON path (`questions[2].options[1].points`) at a line and column
//! of a JSON text, so a parse error can name the field it is about. A small scanner
//! instead of a path-tracking deserializer: the same messages for far less wasm.

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path of the value being read at `line`/`column` (1-based, as `json::parse` reports
/// them); empty at the top level. Tolerates any text, valid JSON or not.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(line - 2).map_or(bytes.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned());
                    }
                }
            }
            b'{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => {
                stack.push(Frame::Array { index: 0 });
                expecting_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b':' => expecting_key = false,
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    #[test]
    fn finds_nested_keys_and_indexes() {
        let text = "{\n \"a\": [1, {\"b\": \"x,y\", \"c\": [true, 7]}]\n}";
        assert_eq!(path_at(text, 2, 5), "a");
        assert_eq!(path_at(text, 2, 21), "a[1].b");
        assert_eq!(path_at(text, 2, 36), "a[1].c[1]");
        assert_eq!(path_at(text, 3, 1), "");
        assert_eq!(path_at("\"unterminated", 1, 99), "");
        assert_eq!(path_at("{\"k\\\"q\": 1", 1, 10), "k\\\"q");
    }
}
