//! `rectify add finding|measure`, through [`crate::edit`]. Addresses never move: a new
//! finding takes the next number after the highest in use (in a new file `findings/NN.toml`),
//! a new measure goes after the finding's last one.

use toml_edit::Value;

use crate::cli::AddCommand;
use crate::commands::resolve;
use crate::commands::Context;
use crate::date::When;
use crate::edit::document::{self, date_value, when_value};
use crate::edit::{Change, Committed, FileChange};
use crate::error::{Error, Result};
use crate::load::FINDINGS_DIR;
use crate::model::{Address, Language, Status};

pub fn run(ctx: &Context, args: &AddCommand) -> Result<()> {
    match args {
        AddCommand::Finding {
            category,
            title,
            description,
            measure,
            owner,
            department,
            deadline,
            dry_run,
        } => {
            let deadline = match deadline {
                Some(d) => ctx.when(d)?,
                None => None,
            };
            let new = NewFinding {
                category: category.as_deref(),
                title,
                description: description.as_deref(),
                measures: measure,
                owner: owner.as_deref(),
                department: department.as_deref(),
                deadline,
            };
            add_finding(ctx, &new, *dry_run)
        }
        AddCommand::Measure { .. } => add_measure(ctx, args),
        AddCommand::Category { id, title, dry_run } => add_category(ctx, id, title, *dry_run),
    }
}

/// What `add finding` was asked to add.
struct NewFinding<'a> {
    category: Option<&'a str>,
    title: &'a str,
    description: Option<&'a str>,
    measures: &'a [String],
    owner: Option<&'a str>,
    department: Option<&'a str>,
    deadline: Option<When>,
}

fn add_finding(ctx: &Context, new: &NewFinding, dry_run: bool) -> Result<()> {
    let NewFinding {
        category,
        title,
        description,
        ..
    } = *new;
    let session = ctx.session()?;
    let report = session.report();
    let language = report.language;
    let ids: Vec<&str> = report.categories.iter().map(|c| c.id.as_str()).collect();
    let category_title = match category {
        Some(id) => match report.category(id) {
            Some(c) => Some(c.title.clone()),
            None if ids.is_empty() => {
                return Err(Error::failed_with_help(
                    t!("no-category-none-defined", category = id),
                    t!("no-category-none-defined-help"),
                ))
            }
            None => {
                return Err(Error::failed_with_help(
                    t!("no-category", category = id),
                    t!("categories-are", ids = ids.join(", ")),
                ))
            }
        },
        None if !ids.is_empty() => {
            return Err(Error::failed_with_help(
                t!("add-needs-category"),
                t!("categories-are", ids = ids.join(", ")),
            ))
        }
        None => None,
    };
    // The next number after the highest in use (removed findings included): no address is
    // ever reused or shifted.
    let highest = report.highest_finding_id();
    let id = highest.checked_add(1).ok_or_else(|| {
        Error::failed_with_help(
            t!("add-highest-number", id = highest),
            t!("add-highest-number-help"),
        )
    })?;
    let findings_dir = session.data().join(FINDINGS_DIR);
    let name = (1..)
        .map(|n| match n {
            1 => format!("{id:02}.toml"),
            n => format!("{id:02}-{n}.toml"),
        })
        .find(|name| !findings_dir.join(name).exists())
        .unwrap_or_default();
    let path = std::path::Path::new(FINDINGS_DIR).join(&name);

    let finding_word = if language == Language::Zh {
        "问题"
    } else {
        "Finding"
    };
    let comment = match &category_title {
        Some(t) => format!("{finding_word}{id} · {t}"),
        None => format!("{finding_word}{id}"),
    };
    let mut fields: Vec<(&str, Value)> = vec![("id", Value::from(i64::from(id)))];
    if let Some(c) = category {
        fields.push(("category", Value::from(c)));
    }
    fields.push(("title", Value::from(title)));
    if let Some(d) = description {
        fields.push(("description", Value::from(d)));
    }
    let measures: Vec<Vec<(&str, Value)>> = new
        .measures
        .iter()
        .map(|text| {
            let mut m = vec![
                ("text", Value::from(text.as_str())),
                ("status", Value::from(Status::NotStarted.key())),
            ];
            if let Some(owner) = new.owner {
                m.push(("owner", Value::from(owner)));
            }
            if let Some(department) = new.department {
                m.push(("department", Value::from(department)));
            }
            if let Some(deadline) = new.deadline {
                m.push(("deadline", when_value(deadline)));
            }
            m
        })
        .collect();
    let text = document::new_finding_file(&comment, &fields, &measures);
    let mut changes = vec![t!("journal-added-finding", id = id, title = title)];
    for (i, measure) in new.measures.iter().enumerate() {
        changes.push(t!(
            "journal-added-measure",
            address = format!("{id}.{}", i + 1),
            text = measure
        ));
    }
    let count = new.measures.len();
    let change = Change {
        command: format!("add finding {id}"),
        changes,
        files: vec![FileChange {
            path: path.clone(),
            before: None,
            after: text,
        }],
    };
    match session.commit(change, dry_run)? {
        Committed::DryRun(diff) => {
            crate::output::say(&t!("dry-run-nothing-written"));
            crate::output::print(&diff)
        }
        _ if count == 1 => {
            crate::output::print(&format!("{}\n", t!("added-finding", id = id, path = path)))
        }
        _ => crate::output::print(&format!(
            "{}\n",
            t!(
                "added-finding-measures",
                id = id,
                count = count,
                path = path
            )
        )),
    }
}

fn add_category(ctx: &Context, id: &str, title: &str, dry_run: bool) -> Result<()> {
    let session = ctx.session()?;
    let report = session.report();
    if report.category(id).is_some() {
        let ids: Vec<&str> = report.categories.iter().map(|c| c.id.as_str()).collect();
        let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        return Err(Error::failed_with_help(
            t!("add-category-exists", id = id),
            t!("add-category-exists-help", ids = crate::i18n::join(&ids)),
        ));
    }
    if report.categories.is_empty() && !report.findings.is_empty() {
        return Err(Error::failed_with_help(
            t!("add-category-none"),
            t!("add-category-none-help"),
        ));
    }
    let (path, before) = session.file(session.report_file());
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    if !document::push_category(&mut doc, id, title) {
        return Err(Error::failed(t!(
            "add-category-not-a-list",
            path = shown_path
        )));
    }
    let change = Change {
        command: format!("add category {id}"),
        changes: vec![t!("journal-added-category", id = id, title = title)],
        files: vec![FileChange::edited(path.clone(), before, &mut doc)],
    };
    match session.commit(change, dry_run)? {
        Committed::DryRun(diff) => {
            crate::output::say(&t!("dry-run-nothing-written"));
            crate::output::print(&diff)
        }
        _ => crate::output::print(&format!(
            "{}\n",
            t!("added-category", id = id, title = title, path = path)
        )),
    }
}

fn add_measure(ctx: &Context, args: &AddCommand) -> Result<()> {
    let AddCommand::Measure {
        finding: finding_id,
        text,
        status,
        owner,
        department,
        deadline,
        done,
        dry_run,
    } = args
    else {
        unreachable!("called for `add measure` only")
    };
    let session = ctx.session()?;
    let report = session.report();
    // `add measure 4` joins the finding's own measures (not a sub-problem's); `add measure
    // 4.a` joins sub-problem a's. Either after every number in use in that group, removed
    // measures included: 2.3 removed, the next is 2.4; 4.a.2 removed, the next is 4.a.3.
    let group = *finding_id;
    let (finding, _) = resolve(report, group)?;
    // Its index among the finding's measures once written (own first, then each
    // sub-problem's), for the warnings the write leaves on it.
    let new_index = match finding.measures.iter().rposition(|m| m.sub == group.sub) {
        Some(last) => last + 1,
        None if group.sub.is_none() => 0,
        None => finding.measures.len(),
    };
    let new_address = Address {
        measure: Some(finding.next_measure_number_in(group.sub)),
        ..group
    }
    .to_string();
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let mut fields: Vec<(&str, Value)> = vec![
        ("text", Value::from(text.as_str())),
        ("status", Value::from(status.key())),
    ];
    if let Some(owner) = owner {
        fields.push(("owner", Value::from(owner.as_str())));
    }
    if let Some(department) = department {
        fields.push(("department", Value::from(department.as_str())));
    }
    if let Some(deadline) = deadline {
        if let Some(deadline) = ctx.when(deadline)? {
            fields.push(("deadline", when_value(deadline)));
        }
    }
    let done = match done {
        Some(d) => Some(
            ctx.when(d)?
                .ok_or_else(|| Error::Usage(t!("update-done-long-term")))?,
        ),
        None => None,
    };
    match (done, status) {
        (Some(d), _) => fields.push(("done", when_value(d))),
        (None, Status::Done) => fields.push(("done", date_value(ctx.today))),
        _ => {}
    }
    let mut finding_table = document::finding(&mut doc, finding.id)
        .ok_or_else(|| super::finding_not_in_file(finding.id, &shown_path))?;
    if let Some(sub) = group.sub {
        finding_table = document::sub_table(finding_table, sub)
            .ok_or_else(|| super::measure_not_in_file(group, &shown_path))?;
    }
    if !document::push_measure(finding_table, &fields) {
        return Err(Error::failed(t!(
            "finding-has-no-measure-list",
            id = finding.id,
            path = shown_path
        )));
    }
    let change = Change {
        command: format!("add measure {new_address}"),
        changes: vec![t!(
            "journal-added-measure",
            address = new_address,
            text = text
        )],
        files: vec![FileChange::edited(path.clone(), before, &mut doc)],
    };
    let finding_id = finding.id;
    match session.commit(change, *dry_run)? {
        Committed::DryRun(diff) => {
            crate::output::say(&t!("dry-run-nothing-written"));
            crate::output::print(&diff)
        }
        written => {
            crate::output::print(&format!(
                "{}\n",
                t!("added-measure", address = new_address, path = path)
            ))?;
            if let Committed::Written(_, after) = written {
                ctx.warn_about(&after, finding_id, &[new_index]);
            }
            Ok(())
        }
    }
}
