//! The gallery's still previews: each file's size is the one the registry gives its
//! `<img>` (`WidgetInfo::preview_px`), so the gallery keeps the right space for it while
//! it loads. A preview remade by scripts/previews.mjs at another size fails here.

use secworth::model::widget::Widget;

/// A baseline or progressive JPEG's width and height, from its frame header (SOF0-SOF2).
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut at = 2;
    while at + 9 < bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        let length = u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]) as usize;
        if (0xC0..=0xC2).contains(&marker) {
            let height = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
            let width = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
            return Some((width.into(), height.into()));
        }
        at += 2 + length;
    }
    None
}

#[test]
fn every_preview_has_the_size_its_img_declares() {
    for w in Widget::ALL {
        for lang in ["en", "zh"] {
            let path = format!("{}/www/previews/{}-{lang}.jpg", env!("CARGO_MANIFEST_DIR"), w.code());
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(jpeg_size(&bytes), Some(w.info().preview_px), "{path}");
        }
    }
}

#[test]
fn the_size_reader_reads_a_frame_header_and_refuses_what_is_not_a_jpeg() {
    // SOI, an APP0 segment of 4 bytes, then SOF0: precision 8, height 2, width 3.
    let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 8, 0, 2, 0, 3, 1, 0, 0, 0];
    assert_eq!(jpeg_size(&jpeg), Some((3, 2)));
    assert_eq!(jpeg_size(b"\x89PNG\r\n\x1a\n"), None);
    assert_eq!(jpeg_size(&jpeg[..10]), None);
}
