//! Binary entry point for Trunk: everything happens in `embed`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    secworth::embed::start();
}
