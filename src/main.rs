//! Binary entry point for Trunk: everything happens in `embed`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    secworth::embed::start();
}

/// Talc rather than the standard library's dlmalloc: the same job in 2.6-3.0 KB gzip
/// less of every bundle (README, "Dependencies weighed").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
