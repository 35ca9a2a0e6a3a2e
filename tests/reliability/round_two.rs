//! Issue 11 ("reliability, round two"), the items that are neither the journal
//! ([`super::journal`]) nor output paths ([`super::security`]): line ends in notes, bounded
//! diagnostics, bounded templates, leftovers, messages that name the right place.

use crate::common::{stdout, DataDir};

/// The last progress-log note of measure 1.1, as a TOML parser reads the file.
fn last_note(data: &DataDir) -> String {
    let doc: toml::Table = toml::from_str(&data.read("findings/01.toml")).unwrap();
    let measure = &doc["finding"].as_array().unwrap()[0]["measure"]
        .as_array()
        .unwrap()[0];
    let log = measure["log"].as_array().unwrap();
    log.last().unwrap()["note"].as_str().unwrap().to_string()
}

/// Issue 11, item 4: in a CRLF file `update 1.1 --note $'a\nb'` stored `"a\r\nb"`, and
/// `"a\r\nb"` became `"a\r\r\nb"`. Text is stored as given, whatever the file's line ends.
#[test]
fn notes_keep_their_line_breaks_in_crlf_and_lf_files() {
    let notes = [
        "a\nb",
        "a\r\nb",
        "a\rb",
        "a\n",
        "\na",
        "a\n\nb",
        "a\r\n\r\nb",
        "a\n\rb",
        "一\n二",
        "tab\there\nnext",
        "quote \"\"\" inside\nx",
        "back\\slash\ny",
        "a\r",
        "'single'\n'quotes'",
        "a\u{2028}b",
        "x\n\n\n",
        "trailing space \nz",
        "  indented\n  lines",
        "mixed\r\nends\nhere\r",
        "x\r\n",
    ];
    for crlf in [true, false] {
        for note in notes {
            let data = DataDir::shipped();
            if crlf {
                let text = data.read("findings/01.toml").replace('\n', "\r\n");
                data.write("findings/01.toml", &text);
            }
            stdout(data.run(&["update", "1.1", "--note", note]));
            assert_eq!(last_note(&data), note, "crlf: {crlf}");
            let text = data.read("findings/01.toml");
            if crlf {
                assert!(
                    !text.replace("\r\n", "").contains('\n'),
                    "a bare LF in a CRLF file: {note:?}"
                );
            }
        }
    }
}
