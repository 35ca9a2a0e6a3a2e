//! `[notice]` in rectify.toml: how the notice words and numbers things. Real notices differ
//! from unit to unit; these settings let a user match theirs without writing a template.
//! Every default reproduces the reference notice.

use toml::de::DeValue;
use toml::Spanned;

use crate::load::reader::Ctx;

const KEYS: &[&str] = &["finding_heading"];

#[derive(Debug, Clone, serde::Serialize)]
pub struct NoticeSettings {
    /// The heading of a finding, `{title}` standing for its title.
    pub finding_heading: String,
}

impl Default for NoticeSettings {
    fn default() -> Self {
        NoticeSettings {
            finding_heading: "针对“{title}”的问题。".to_string(),
        }
    }
}

pub fn read(value: &Spanned<DeValue>, ctx: &mut Ctx) -> NoticeSettings {
    let mut settings = NoticeSettings::default();
    let Some(t) = ctx.table(value, "[notice]", KEYS) else {
        return settings;
    };
    if let Some(heading) = ctx.text(&t, "finding_heading", false) {
        settings.finding_heading = heading.value;
    }
    settings
}
