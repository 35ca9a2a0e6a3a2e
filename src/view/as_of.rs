//! `--as-of DATE`: the record as it stood on a day, the one meaning every view shares.
//!
//! Applied once, by the command, before any view runs: `list`, the notice (md, txt, html,
//! json, docx) and the ledger (csv, xlsx) all read the same record. On that day each measure
//! has the status its progress log and done date give ([`status_as_of`]); a done date after
//! the day is removed, and so are log entries after it. Deadlines stay: a deadline is the plan
//! the unit worked to, known on the day whether or not it had come; but an extension (延期)
//! logged after the day had not been agreed yet, so the deadline is the one in force then. A
//! sign-off (销号) after the day had not happened.
//!
//! A day on or after today is today's record, unchanged (nothing is known about the future);
//! a day before the inspection group fed its findings back is refused, since nothing had been
//! asked of the unit yet.

use crate::date::Date;
use crate::model::{Measure, Report, Status};

/// The record on a day, and the day overdue marks and statistics count from.
pub struct AsOf {
    pub report: Report,
    /// The day views treat as today: the day asked for, or today when that is later.
    pub today: Date,
}

/// Why a day cannot be reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BeforeFeedback {
    pub day: Date,
    pub feedback: Date,
}

/// The record as it stood on `day` (or today's when `day` is `None` or not in the past).
pub fn as_of(report: Report, day: Option<Date>, today: Date) -> Result<AsOf, BeforeFeedback> {
    let Some(day) = day.filter(|d| *d < today) else {
        return Ok(AsOf { report, today });
    };
    let feedback = report.inspection.feedback;
    if let Some(feedback) = feedback {
        if day < feedback {
            return Err(BeforeFeedback { day, feedback });
        }
    }
    let mut then = report;
    for finding in &mut then.findings {
        if finding.signoff.as_ref().is_some_and(|s| s.date > day) {
            finding.signoff = None;
        }
        finding.reopened.retain(|r| r.date <= day);
        for measure in &mut finding.measures {
            deadline_as_of(measure, day);
            measure.status = status_as_of(measure, day, feedback);
            // As status_as_of counts it: a partial date (2020) is done by its last day.
            if measure.done.is_some_and(|d| d.latest() > day) {
                measure.done = None;
            }
            if measure.status != Status::Done {
                measure.done_unrecorded = false;
            }
            // An undated note (kept by import) has no day to leave it out by: it stays.
            measure.log.retain(|e| e.date.is_none_or(|d| d <= day));
        }
    }
    Ok(AsOf {
        report: then,
        today: day,
    })
}

/// The deadline in force on `day`: the original, moved by the extensions logged on or before
/// the day (the last of them wins).
fn deadline_as_of(measure: &mut Measure, day: Date) {
    let Some(original) = measure.deadline_original else {
        return;
    };
    let extended = measure
        .log
        .iter()
        .filter(|e| e.date.is_some_and(|d| d <= day))
        .filter_map(|e| e.deadline)
        .next_back();
    match extended {
        Some(deadline) => measure.deadline = Some(deadline),
        None => {
            // No extension yet on that day (or none logged): the original was in force when
            // the log records the extension later; without any logged extension, keep today's.
            if measure.log.iter().any(|e| e.deadline.is_some()) {
                measure.deadline = Some(original);
                measure.deadline_original = None;
            }
        }
    }
}

/// A measure's status on `date`, from its progress log and done date:
/// the latest event (a log entry with a status, or the done date) on or before `date`;
/// else the `from` of the first later log entry; else, if it was completed later,
/// in progress (not started before the feedback); else its status now. A done measure whose
/// date is not recorded keeps its status (nothing says otherwise). A partial done date
/// (2020-12, 2020) counts from the last day it may mean.
pub fn status_as_of(measure: &Measure, date: Date, feedback: Option<Date>) -> Status {
    let mut events: Vec<(Date, Option<Status>, Status)> = measure
        .log
        .iter()
        .filter_map(|e| e.date.zip(e.status).map(|(d, s)| (d, e.from, s)))
        .collect();
    if measure.status == Status::Done {
        if let Some(done) = measure.done {
            events.push((done.latest(), None, Status::Done));
        }
    }
    events.sort_by_key(|(d, _, _)| *d);
    if let Some((_, _, status)) = events.iter().rev().find(|(d, _, _)| *d <= date) {
        return *status;
    }
    let before_feedback = feedback.is_some_and(|f| date < f);
    match events.first() {
        Some((_, Some(from), _)) => *from,
        Some(_) if before_feedback => Status::NotStarted,
        Some(_) => Status::InProgress,
        None if before_feedback => Status::NotStarted,
        None => measure.status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::When;
    use crate::model::LogEntry;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn measure(
        status: Status,
        done: Option<When>,
        log: &[(&str, Option<Status>, Status)],
    ) -> Measure {
        Measure {
            sub: None,
            number: 1,
            deadline_original: None,
            text: "措施。".into(),
            status,
            owner: None,
            department: None,
            deadline: None,
            deadline_note: None,
            done,
            done_unrecorded: false,
            evidence: Vec::new(),
            log: log
                .iter()
                .map(|(d, from, to)| LogEntry {
                    deadline: None,
                    reason: None,
                    date: Some(day(d)),
                    from: *from,
                    status: Some(*to),
                    note: None,
                })
                .collect(),
            origin: Default::default(),
        }
    }

    #[test]
    fn status_on_a_date_from_done_dates_and_logs() {
        use Status::*;
        let feedback = Some(day("2021-06-01"));
        let m = measure(
            Done,
            Some(When::Day(day("2021-07-20"))),
            &[("2021-06-20", Some(NotStarted), InProgress)],
        );
        assert_eq!(status_as_of(&m, day("2021-06-10"), feedback), NotStarted);
        assert_eq!(status_as_of(&m, day("2021-06-20"), feedback), InProgress);
        assert_eq!(status_as_of(&m, day("2021-07-19"), feedback), InProgress);
        assert_eq!(status_as_of(&m, day("2021-07-20"), feedback), Done);
        // completed later, no log: in progress after the feedback, not started before
        let m = measure(Done, Some(When::Month(2021, 9)), &[]);
        assert_eq!(status_as_of(&m, day("2021-09-15"), feedback), InProgress);
        assert_eq!(status_as_of(&m, day("2021-09-30"), feedback), Done);
        assert_eq!(status_as_of(&m, day("2021-05-01"), feedback), NotStarted);
        // nothing dated: the status stands
        let m = measure(Ongoing, None, &[]);
        assert_eq!(status_as_of(&m, day("2021-07-01"), feedback), Ongoing);
    }
}
