//! The `stanag-check` binary: the command-line tool natively, the page in WebAssembly.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    stanag_check::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    stanag_check::ui::mount();
}
