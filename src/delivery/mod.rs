//! Where a draft goes once it is recorded: the clipboard, a `mailto:` URI or
//! the desktop's mail client, an `.eml` file; and the editor `--edit` opens
//! before anything is recorded. Each module does one of these and knows
//! nothing of clap or of the command that asked; `cli::delivery` combines
//! them as the flags say.

pub mod clipboard;
pub mod desktop;
pub mod editor;
pub mod eml;
pub mod mailto;

pub use eml::PendingEml;
