//! Progress bars on stderr for long imports and exports. Only a person at a
//! terminal sees one (stderr is a terminal, no `-q`), and only once the work
//! has lasted a moment, so quick commands never flash a bar.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::time::{Duration, Instant};

/// How long work runs before a bar appears.
const DELAY: Duration = Duration::from_millis(300);

/// What a bar counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Bytes of a file read, out of its size when known.
    Bytes,
    /// Records written.
    Rows,
}

/// A bar that may never be drawn. `set` and `inc` are cheap when it is not.
pub struct Progress {
    enabled: bool,
    started: Instant,
    total: Option<u64>,
    unit: Unit,
    message: String,
    bar: Option<ProgressBar>,
    position: u64,
}

impl Progress {
    pub(super) fn new(enabled: bool, total: Option<u64>, unit: Unit, message: &str) -> Progress {
        Progress {
            enabled,
            started: Instant::now(),
            total,
            unit,
            message: message.to_string(),
            bar: None,
            position: 0,
        }
    }

    /// A bar that is never drawn.
    pub fn hidden() -> Progress {
        Progress::new(false, None, Unit::Rows, "")
    }

    /// Moves the bar to `position`.
    pub fn set(&mut self, position: u64) {
        self.position = position;
        if !self.enabled {
            return;
        }
        match &self.bar {
            Some(bar) => bar.set_position(position),
            None if self.started.elapsed() >= DELAY => self.bar = Some(self.draw()),
            None => {}
        }
    }

    /// Moves the bar on by `n`.
    pub fn inc(&mut self, n: u64) {
        self.set(self.position + n);
    }

    /// Removes the bar; what the command prints next stands alone.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    fn draw(&self) -> ProgressBar {
        let bar = ProgressBar::with_draw_target(self.total, ProgressDrawTarget::stderr());
        let template = match (self.unit, self.total.is_some()) {
            (Unit::Bytes, true) => {
                "{msg} {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left)"
            }
            (Unit::Bytes, false) => "{spinner} {msg} {bytes} ({bytes_per_sec})",
            (Unit::Rows, true) => "{msg} {wide_bar} {human_pos}/{human_len} ({eta} left)",
            (Unit::Rows, false) => "{spinner} {msg} {human_pos} ({per_sec})",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.set_message(self.message.clone());
        bar.set_position(self.position);
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
