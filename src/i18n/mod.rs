//! Every word the program says, in Chinese (the default) or English: one Project Fluent
//! catalog per language (`locales/zh-CN.ftl`, `locales/en.ftl`, built into the binary), the
//! interface language decided once at start-up, and [`t!`](crate::t) to look a message up.
//!
//! The interface language is the user's (`--lang`, `RECTIFY_LANG`, the locale); the
//! documents' language is the record's own `language` setting and is not decided here.
//!
//! Why Project Fluent (`fluent-bundle`) rather than `rust-i18n`: English needs plural forms
//! and selectors (`1 error` / `2 errors`, a clause only when there are warnings) that Fluent
//! writes in the catalog instead of in code; its parser (`fluent-syntax`) lets the tests
//! compare the two catalogs' keys *and* placeholders; the `.ftl` files are plain text a
//! reviewer can read and correct without touching Rust. Bidi isolation marks are turned off
//! (`set_use_isolating(false)`): a terminal would show them as stray characters.
//!
//! Adding a message: a key in both `locales/zh-CN.ftl` and `locales/en.ftl` with the same
//! placeholders, used as `t!("key", name = value)`. Words follow docs/glossary.md.

pub mod cli;

use std::ffi::OsString;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use crate::model::Language;

/// The Chinese catalog, as shipped.
pub const ZH_FTL: &str = include_str!("../../locales/zh-CN.ftl");
/// The English catalog, as shipped.
pub const EN_FTL: &str = include_str!("../../locales/en.ftl");

const UNSET: u8 = 0;
const ZH: u8 = 1;
const EN: u8 = 2;

static LANGUAGE: AtomicU8 = AtomicU8::new(UNSET);

/// Sets the interface language for the rest of the process.
pub fn set_language(language: Language) {
    LANGUAGE.store(
        match language {
            Language::Zh => ZH,
            Language::En => EN,
        },
        Ordering::Relaxed,
    );
}

/// The interface language: as set, else Chinese. (The library's own unit tests, which pin
/// English wording, run in English unless they set it.)
pub fn language() -> Language {
    match LANGUAGE.load(Ordering::Relaxed) {
        ZH => Language::Zh,
        EN => Language::En,
        _ if cfg!(test) => Language::En,
        _ => Language::Zh,
    }
}

/// Whether the interface speaks Chinese.
pub fn is_zh() -> bool {
    language() == Language::Zh
}

/// Decides the interface language before the command line is parsed: `--lang zh|en` (or
/// `--lang=en`) among the arguments, then `RECTIFY_LANG`, then a locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`, the first one set) starting with `en`; Chinese otherwise.
pub fn detect(args: &[OsString]) -> Language {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    detect_from(args, env)
}

/// [`detect`] with the environment given, for tests.
pub fn detect_from(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Language {
    let mut value = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            value = iter.next().map(|v| v.into_owned());
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            value = Some(v.to_string());
        }
    }
    if let Some(language) = value.as_deref().and_then(parse_language) {
        return language;
    }
    if let Some(language) = env("RECTIFY_LANG").as_deref().and_then(parse_language) {
        return language;
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| env(name));
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("en") => Language::En,
        _ => Language::Zh,
    }
}

/// `zh`, `zh-CN`, `zh_CN.UTF-8`, `中文` → Chinese; `en`, `en-US`, `english` → English.
pub fn parse_language(text: &str) -> Option<Language> {
    let lower = text.trim().to_ascii_lowercase();
    if lower.starts_with("zh") || lower == "cn" || text.trim() == "中文" {
        Some(Language::Zh)
    } else if lower.starts_with("en") || text.trim() == "英文" {
        Some(Language::En)
    } else {
        None
    }
}

fn bundle(source: &'static str, locale: &str) -> FluentBundle<FluentResource> {
    // A catalog with a syntax error still gives every message it could read (the catalog
    // tests make sure the shipped ones have none); a missing one shows its key.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let mut bundle = FluentBundle::new_concurrent(vec![locale.parse().expect("a locale")]);
    // Without this every argument is wrapped in invisible Unicode isolation marks.
    bundle.set_use_isolating(false);
    // Duplicates keep their first definition; the catalog tests refuse them.
    let _ = bundle.add_resource(resource);
    bundle
}

static ZH_BUNDLE: LazyLock<FluentBundle<FluentResource>> =
    LazyLock::new(|| bundle(ZH_FTL, "zh-CN"));
static EN_BUNDLE: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(EN_FTL, "en"));

fn bundle_for(language: Language) -> &'static FluentBundle<FluentResource> {
    match language {
        Language::Zh => &ZH_BUNDLE,
        Language::En => &EN_BUNDLE,
    }
}

/// The message `key` in the interface language, with its arguments filled in.
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    message_in(language(), key, args)
}

/// The message `key` in `language`; the key itself when a catalog lacks it (the catalog
/// tests make sure none does).
pub fn message_in(language: Language, key: &str, args: Option<&FluentArgs>) -> String {
    try_message_in(language, key, args).unwrap_or_else(|| key.to_string())
}

/// The message `key` in `language`, or `None` when the catalog has no such message.
pub fn try_message_in(language: Language, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle_for(language);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Whether the catalogs have a message `key`.
pub fn has(key: &str) -> bool {
    bundle_for(language()).has_message(key)
}

/// The message `key` in the interface language, with named arguments:
/// `t!("check-ok", findings = 3)`. Arguments are anything a Fluent value is made from
/// (strings, numbers, paths; see [`Arg`]); give other values as `.to_string()`. Arguments
/// are borrowed, not moved.
#[macro_export]
macro_rules! t {
    ($key:literal $(,)?) => {
        $crate::i18n::message($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::Arg::arg(&$value)); )+
        $crate::i18n::message($key, Some(&args))
    }};
}

/// [`t!`](crate::t) in a given language rather than the interface's: for views that speak
/// the language they are asked for. `t_in!(language, "key", name = value)`.
#[macro_export]
macro_rules! t_in {
    ($language:expr, $key:literal $(,)?) => {
        $crate::i18n::message_in($language, $key, None)
    };
    ($language:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::Arg::arg(&$value)); )+
        $crate::i18n::message_in($language, $key, Some(&args))
    }};
}

/// A value a message can take as an argument: text, a number, a path (shown as written).
pub trait Arg {
    fn arg(&self) -> fluent_bundle::FluentValue<'static>;
}

impl Arg for str {
    fn arg(&self) -> fluent_bundle::FluentValue<'static> {
        self.to_string().into()
    }
}

impl Arg for String {
    fn arg(&self) -> fluent_bundle::FluentValue<'static> {
        self.clone().into()
    }
}

impl Arg for std::borrow::Cow<'_, str> {
    fn arg(&self) -> fluent_bundle::FluentValue<'static> {
        self.to_string().into()
    }
}

impl Arg for std::path::Path {
    fn arg(&self) -> fluent_bundle::FluentValue<'static> {
        self.display().to_string().into()
    }
}

impl Arg for std::path::PathBuf {
    fn arg(&self) -> fluent_bundle::FluentValue<'static> {
        self.display().to_string().into()
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn arg(&self) -> fluent_bundle::FluentValue<'static> {
        (**self).arg()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn arg(&self) -> fluent_bundle::FluentValue<'static> {
                (*self).into()
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A status as the interface names it: its Chinese label (已完成) in Chinese, its key
/// (`done`) in English, as typed after `--status`.
pub fn status(status: crate::model::Status) -> &'static str {
    match language() {
        Language::Zh => status.label(Language::Zh),
        Language::En => status.key(),
    }
}

/// Why an I/O operation failed, in the interface language: the common cases worded, the
/// system's own text for the rest.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => t!("io-not-found"),
        PermissionDenied => t!("io-permission-denied"),
        AlreadyExists => t!("io-already-exists"),
        StorageFull => t!("io-storage-full"),
        ReadOnlyFilesystem => t!("io-read-only"),
        IsADirectory => t!("io-is-a-directory"),
        NotADirectory => t!("io-not-a-directory"),
        DirectoryNotEmpty => t!("io-directory-not-empty"),
        BrokenPipe => t!("io-broken-pipe"),
        _ => match language() {
            Language::En => e.to_string(),
            Language::Zh => t!("io-other", detail = e.to_string()),
        },
    }
}

/// A part of the data as a message names it: `a [[finding]]` in English, `[[finding]]` in
/// Chinese (the table header the clerk sees in the file), prose names from the catalog.
pub fn what(what: &str) -> String {
    if !is_zh() {
        return what.to_string();
    }
    match what {
        "a contact entry" => t!("what-contact-entry"),
        "a findings file" => t!("what-findings-file"),
        "a progress log entry" => t!("what-log-entry"),
        "a removal (`removed`)" => t!("what-removal"),
        "a sign-off (`signoff`)" => t!("what-signoff"),
        "a reopening (`reopened`)" => t!("what-reopening"),
        other => other
            .strip_prefix("a ")
            .or_else(|| other.strip_prefix("an "))
            .or_else(|| other.strip_prefix("the "))
            .unwrap_or(other)
            .to_string(),
    }
}

/// Items joined as a list in the interface language: `a、b、c` or `a, b, c`.
pub fn join(items: &[String]) -> String {
    items.join(if is_zh() { "、" } else { ", " })
}

#[cfg(test)]
mod tests;
