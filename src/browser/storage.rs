//! Browser layer: optional localStorage. Missing, partitioned, sandboxed or full
//! storage all read as "unavailable" instead of throwing.

use std::rc::Rc;

use web_sys::Storage;

/// A storage that was proven writable when opened; with a scope, its keys are the
/// scope's own (`secworth:flywheel:2`), so two widgets of a kind on a page keep apart.
#[derive(Clone)]
pub struct Store {
    storage: Storage,
    scope: Option<Rc<str>>,
}

const PROBE_KEY: &str = "secworth:probe";

impl Store {
    /// Opens localStorage if this page may read and write it.
    pub fn open() -> Option<Store> {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.set_item(PROBE_KEY, "1").ok()?;
        storage.remove_item(PROBE_KEY).ok()?;
        Some(Store { storage, scope: None })
    }

    /// The same storage, its keys suffixed with `:scope` (none: the keys as given).
    pub fn scoped(self, scope: Option<String>) -> Store {
        Store { scope: scope.map(Into::into), ..self }
    }

    fn key(&self, key: &str) -> String {
        match &self.scope {
            Some(scope) => format!("{key}:{scope}"),
            None => key.to_string(),
        }
    }

    pub fn load(&self, key: &str) -> Option<String> {
        self.storage.get_item(&self.key(key)).ok().flatten()
    }

    /// Saves a value; `false` if the browser refused (quota, policy).
    pub fn save(&self, key: &str, value: &str) -> bool {
        self.storage.set_item(&self.key(key), value).is_ok()
    }
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.scope == other.scope // there is one localStorage per origin
    }
}
