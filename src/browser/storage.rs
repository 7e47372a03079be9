//! Browser layer: optional localStorage. Missing, partitioned, sandboxed or full
//! storage all read as "unavailable" instead of throwing.

use web_sys::Storage;

/// A storage that was proven writable when opened.
#[derive(Clone)]
pub struct Store(Storage);

const PROBE_KEY: &str = "secworth:probe";

impl Store {
    /// Opens localStorage if this page may read and write it.
    pub fn open() -> Option<Store> {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.set_item(PROBE_KEY, "1").ok()?;
        storage.remove_item(PROBE_KEY).ok()?;
        Some(Store(storage))
    }

    pub fn load(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    /// Saves a value; `false` if the browser refused (quota, policy).
    pub fn save(&self, key: &str, value: &str) -> bool {
        self.0.set_item(key, value).is_ok()
    }
}

impl PartialEq for Store {
    fn eq(&self, _: &Self) -> bool {
        true // there is one localStorage per origin
    }
}
