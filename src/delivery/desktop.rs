//! Handing an address to the desktop (browser, mail client). Where there is
//! no desktop, say why, so the caller can print the address instead.

/// Opens `url` with the desktop's opener; `Err` says why it could not.
pub fn open_url(url: &str) -> Result<(), String> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
        if !has_display {
            return Err("no desktop session: neither DISPLAY nor WAYLAND_DISPLAY is set".into());
        }
    }
    open::that(url).map_err(|e| format!("the desktop's opener failed: {e}"))
}
