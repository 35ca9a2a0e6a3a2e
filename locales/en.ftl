# rectify's interface in English. Keys are shared with zh-CN.ftl (a test checks both have
# the same keys and placeholders). Terms follow docs/glossary.md.

## Command line: about, examples and option help (src/i18n/cli.rs walks these keys)

cmd-about = Keep inspection rectification (巡察整改) records as TOML: check them, list where things stand, update them in place, and export the progress notice and the ledger.
cmd-examples =
    Examples:
      rectify check
      rectify list --measures --status in-progress
      rectify update 4.2 --status done --note "制度已印发"
      rectify export --format md -o notice.md
arg-data = The data folder (holds rectify.toml and findings/); default: RECTIFY_DATA, else ./data, else the current folder or the nearest parent holding a rectify.toml
arg-color = When to colour output
arg-lang = Interface language: zh (Chinese, the default) or en; also RECTIFY_LANG or LANG=en_US.UTF-8
cmd-check-about = Check the data folder and report every problem with its file, line and column
cmd-check-examples =
    Examples:
      rectify check
      rectify --data other/data check --strict
arg-check-strict = Treat warnings (overdue measures…) as errors
cmd-list-about = Show where the rectification stands, one row per finding or per measure
cmd-list-examples =
    Examples:
      rectify list
      rectify list --measures --overdue
      rectify list --status in-progress --owner 办公室
      rectify list --format csv > status.csv
arg-list-measures = One row per measure instead of per finding
arg-list-status = Only these statuses (key or Chinese label; repeat or separate with commas)
arg-list-category = Only this category (its id)
arg-list-owner = Only measures whose owner or department contains this text
arg-list-overdue = Only overdue measures (deadline passed, not completed)
arg-list-finding = Only these findings (their numbers; repeat or separate with commas)
arg-list-format = Output format
cmd-show-about = Show everything about one finding or measure, with its progress log
cmd-show-examples =
    Examples:
      rectify show 4
      rectify show 4.2
arg-show-address = A finding (4), a sub-problem (4.a) or a measure (4.2, 4.a.2)
arg-show-json = Print as JSON
cmd-export-about = Export the progress notice (md, txt, html, docx), the ledger (xlsx, csv) or the data (json)
cmd-export-examples =
    Examples:
      rectify export --format md > notice.md
      rectify export --format docx -o notice.docx
      rectify export --format xlsx -o ledger.xlsx
      rectify export --print-template > my.md.j2
arg-export-format = Output format
arg-export-output = Write to this file (atomically) instead of standard output (`-o -`: standard output)
arg-export-template = Render this template instead of the built-in one (md, txt, html)
arg-export-print_template = Print the built-in template of --format and exit
arg-export-with_status = Append each measure's status, e.g. （已完成）
arg-export-as_of = Report progress as it stood on this date, or as it was in a git revision of the data folder (a tag such as v1, a commit, HEAD~3)
arg-list-as_of = Show the record as it stood on this date, or as it was in a git revision of the data folder (a tag such as v1, a commit, HEAD~3)
value-format-md = The notice as Markdown
value-format-txt = The notice as plain paragraphs
value-format-html = The notice as a standalone HTML page
value-format-json = The whole model with numbering and statistics
value-format-docx = The notice as a GB/T 9704 Word document
value-format-xlsx = The ledger (整改台账) as an Excel workbook
value-format-csv = The ledger as CSV (UTF-8 with BOM)
cmd-update-about = Change a measure (4.2) or every measure of a finding (4), keeping every other byte
cmd-update-examples =
    Examples:
      rectify update 4.2 --status done --note "制度已印发"
      rectify update 4 --owner 办公室
      rectify update 1.3 --deadline 2021-03-31 --dry-run
arg-update-address = A measure (4.2) or a finding (4: every measure of it)
arg-update-status = New status (key or Chinese label)
arg-update-done = Done date: 2020-12-31, 2020/12/31, 2020年12月31日, or 2020-12 / 2020 when only the month or year is known (defaults to --date when the new status is done)
arg-update-owner = 责任人 (the person responsible)
arg-update-department = 责任部门 (the department responsible)
arg-update-deadline = 整改时限: 2020-12-31, 2020年12月底, 2020-12 / 2020, or 长期 (none); moving a passed deadline (or any, with --reason) is an extension (延期) that keeps the original
arg-update-evidence = 佐证材料 (added to the list)
arg-update-note = A note for the progress log (an entry is logged when the status changes or a note is given)
arg-update-dry_run = Print the diff that would be applied and write nothing
cmd-add-about = Add a finding or a measure
cmd-add-examples =
    Examples:
      rectify add finding --category policy --title 学习制度落实不到位 --measure "建立学习台账"
      rectify add measure 4 --text "开展警示教育" --status in-progress
cmd-add-finding-about = Add a finding in a new file, with the next free number
cmd-add-finding-examples =
    Example:
      rectify add finding --category policy --title 学习制度落实不到位 --measure "建立学习台账"
arg-add-finding-category = Its category id
arg-add-finding-title = The finding as the inspection worded it
arg-add-finding-description = Optional detail
arg-add-finding-measure = A measure's text (repeat for several; a finding needs at least one)
arg-add-finding-dry_run = Print the diff that would be applied and write nothing
cmd-add-measure-about = Add a measure to a finding, after its last one
cmd-add-measure-examples =
    Example:
      rectify add measure 4 --text "开展警示教育" --status in-progress --deadline 2021-06-30
arg-add-measure-finding = The finding's number (4), or a sub-problem's address (4.a)
arg-add-measure-text = The measure's text
arg-add-measure-status = Its status (key or Chinese label)
arg-add-measure-owner = 责任人 (the person responsible)
arg-add-measure-department = 责任部门 (the department responsible)
arg-add-measure-deadline = 整改时限: 2020-12-31, 2020年12月底, or 2020-12 / 2020 (the month or year's last day)
arg-add-measure-done = Done date: 2020-12-31, or 2020-12 / 2020 when only the month or year is known (defaults to today when the status is done)
arg-add-measure-dry_run = Print the diff that would be applied and write nothing
cmd-init-about = Create a new data folder with a small commented example
cmd-init-examples =
    Examples:
      rectify init mydata
      rectify init ref --example reference
arg-init-dir = The folder to create (default: the --data folder)
arg-init-example = Which example to write
value-example-generic = A small generic example
value-example-reference = The shipped reference notice (义安区民政局党组, 2020)
cmd-undo-about = Take back the last update or add
cmd-undo-examples =
    Example:
      rectify undo
cmd-history-about = List the journal of writes: when, which command, which records, old → new
cmd-history-examples =
    Examples:
      rectify history
      rectify history --since 2021-03-01 --until 2021-03-31
      rectify history --finding 4 --department 办公室
arg-history-since = Only writes made on or after this day
arg-history-until = Only writes made on or before this day
arg-history-finding = Only writes to these findings (their numbers; repeat or separate with commas)
arg-history-department = Only writes to measures whose department (责任部门) now contains this text
arg-history-owner = Only writes to measures whose owner or department now contains this text
cmd-import-about = Read an existing Excel or CSV ledger (整改台账) into a new data folder
cmd-import-examples =
    Examples:
      rectify import 台账.xlsx --into data
      rectify import ledger.csv --into data --map 问题要点=问题
      rectify import 台账.xlsx --dry-run
arg-import-ledger = The ledger to read (.xlsx, .xls, .ods, .csv or .txt)
arg-import-into = The data folder to create (default: the --data folder)
arg-import-map = Map another header name to a ledger column, e.g. 问题要点=问题 (repeatable)
cmd-help-about = Print this message or the help of the given subcommand(s)
arg-help-subcommand = Print help for the subcommand(s)
cli-help-flag = Print help
cli-version-flag = Print version
cli-value-COMMAND = COMMAND
cli-value-DIR = DIR
cli-value-DATE = DATE
cli-value-DATE-REV = DATE|REV
cli-value-TEXT = TEXT
cli-value-ID = ID
cli-value-NAME = NAME
cli-value-N = N
cli-value-FILE = FILE
cli-value-LANG = LANG
cli-value-COLOR = COLOR
cli-value-FORMAT = FORMAT
cli-value-STATUS = STATUS
cli-value-OWNER = OWNER
cli-value-DEPARTMENT = DEPARTMENT
cli-value-EVIDENCE = EVIDENCE
cli-value-ADDRESS = ADDRESS
cli-value-TITLE = TITLE
cli-value-HEADER-COLUMN = HEADER=COLUMN
cli-value-LEDGER = LEDGER
cli-value-FINDING = FINDING
cli-value-EXAMPLE = EXAMPLE
cli-value-DESCRIPTION = DESCRIPTION
cli-value-SUBCOMMAND = SUBCOMMAND
cli-heading-commands-colon = Commands:
cli-heading-usage = Usage:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-heading-possible-values = Possible values:
cli-usage-options = [OPTIONS]
cli-default = [default:{" "}
cli-possible-values = [possible values:{" "}
cli-env = [env:{" "}
cli-aliases = [aliases:{" "}
cli-unknown-status = unknown status `{ $status }`; statuses are { $statuses }
cli-not-a-full-date = `{ $date }` is not a full date: write 2020-12-31

## clap's usage errors (rendered by src/i18n/cli.rs in Chinese; English uses clap's own)

clap-unknown-argument = unexpected argument `{ $arg }`
clap-invalid-subcommand = unrecognized subcommand `{ $name }`
clap-missing-value = a value is required for `{ $arg }` but none was supplied
clap-invalid-value = invalid value `{ $value }` for `{ $arg }`
clap-value-validation = invalid value `{ $value }` for `{ $arg }`: { $detail }
clap-missing-required = the following required arguments were not provided: { $args }
clap-missing-subcommand = a subcommand is required
clap-no-equals = equal sign is needed when assigning values to `{ $arg }`
clap-too-many-values = unexpected value `{ $value }` for `{ $arg }` found; no more were expected
clap-wrong-number-of-values = `{ $arg }` takes { $expected } values but { $actual } were given
clap-argument-conflict = the argument `{ $arg }` cannot be used with `{ $other }`
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-other = the command line is not right: { $detail }
clap-possible-values = {"  "}[possible values: { $values }]
clap-trailing-arg = to pass `{ $arg }` as a value, use `-- { $arg }`
clap-more-info = For more information, try '--help'.

## Diagnostics: prefixes and shared words

diag-error = error
diag-warning = warning
diag-help = help
diag-error-prefix = error:{" "}
diag-warning-prefix = warning:{" "}
diag-tip-prefix = tip:{" "}
diag-help-prefix = help:{" "}
did-you-mean = did you mean `{ $suggestion }`?
diag-shortened = ({ $count } characters)

## Errors shared by every command

error-invalid-data = the data has errors
error-cannot-write = cannot write `{ $path }`: { $reason }
error-cannot-read = cannot read `{ $path }`: { $reason }
io-not-found = it does not exist
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-is-a-directory = it is a folder
io-not-a-directory = a part of the path is not a folder
io-directory-not-empty = the folder is not empty
io-broken-pipe = the reader went away
io-other = { $detail }

## check

check-ok = { $data }: ok — { $categories ->
        [one] 1 category
       *[other] { $categories } categories
    }, { $findings ->
        [one] 1 finding
       *[other] { $findings } findings
    }, { $measures ->
        [one] 1 measure
       *[other] { $measures } measures
    }{ $warnings ->
        [0] {""}
        [one] , 1 warning
       *[other] , { $warnings } warnings
    }
check-summary-strict = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, and --strict treats warnings as errors
check-summary = the data has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }{ $warnings ->
        [0] {""}
        [one] {" "}and 1 warning
       *[other] {" "}and { $warnings } warnings
    }{ $files ->
        [0] {""}
        [one] {" "}in 1 file
       *[other] {" "}in { $files } files
    }

## commands: list, add, update, undo, history, import (src/commands/)

no-category = there is no category `{ $category }`
categories-are = categories are { $ids }
no-finding = there is no finding { $id }
no-findings = there are no findings { $ids }
cannot-write-csv = cannot write CSV: { $detail }
findings-are = findings are { $ids }; `rectify list` shows them
findings-none-yet = none yet (`rectify add finding` adds one)
no-category-none-defined = there is no category `{ $category }`: rectify.toml defines none
no-category-none-defined-help = leave out --category, or add a [[category]] to rectify.toml
add-needs-category = a new finding needs --category
add-highest-number = finding { $id } has the highest number there can be, so no finding can follow it
add-highest-number-help = renumber that finding (its `id`) to the number after the others
journal-added-finding = { $id } finding: + { $title }
journal-added-measure = { $address } measure: + { $text }
dry-run-nothing-written = dry run: nothing was written
added-finding = added finding { $id } with measure { $id }.1 in { $path }
finding-not-in-file = finding { $id } is not in { $path }
measure-not-in-file = measure { $address } is not in { $path }
finding-has-no-measure-list = finding { $id } in { $path } has no measure list to add to
added-measure = added measure { $address } in { $path }
update-nothing-given = nothing to update: give at least one of --status, --done, --owner, --department, --deadline, --evidence, --note
update-unchanged-measure = nothing to change: measure { $address } is already as asked
update-unchanged-finding = nothing to change: the measures of finding { $address } are already as asked
update-unchanged-finding-skips = {" "}(on a finding, --deadline skips completed measures and --done those not done)
updated-measure = updated { $address }: { $changes }
updated-finding = updated finding { $address }: { $changed } of { $targets ->
        [one] 1 measure
       *[other] { $targets } measures
    } changed ({ $changes })
value-done-unrecorded = (done, date not recorded)
value-none = (none)
undo-done = undid #{ $seq } `{ $command }` of { $time }
undo-restored = restored { $path }
undo-removed = removed { $path }
undo-took-back = took back: { $change }
no-data-folder = there is no data folder `{ $path }`
no-data-folder-help = pass the data folder with --data DIR
history-empty = no writes recorded in { $path } yet (`rectify update` and `rectify add` record theirs)
history-none-match = no recorded write matches these conditions
history-period-reversed = the end ({ $until }) is before the start ({ $since }): check --since and --until
history-undo-hint = `rectify undo` takes back #{ $seq }.
diag-note-prefix = note:{" "}
import-nothing = nothing imported: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in { $source }
import-nothing-help = fix them in the ledger (or name its columns with --map HEADER=COLUMN) and import again
import-into-new-folder = import into a new folder with --into DIR (nothing was written)
imported = imported { $findings ->
        [one] 1 finding
       *[other] { $findings } findings
    } with { $measures ->
        [one] 1 measure
       *[other] { $measures } measures
    } in { $categories ->
        [one] 1 category
       *[other] { $categories } categories
    } into { $target }
imported-next = next: rectify --data { $target } check; then write the notice's opening and sections in { $report }

## load/reader.rs: reading the TOML tree

read-not-a-table = { $what } must be a table, found { $found }
read-not-a-table-help = write it as a [table] with the keys { $keys }
read-takes-keys = { $what } takes { $keys }
read-unknown-key = unknown key `{ $key }` in { $what }
read-missing-key = { $what } has no `{ $key }`
read-missing-key-help = add `{ $key } = { $example }`
read-wrong-type = `{ $key }` in { $what } must be { $expected }, found { $found }
read-write-it-as = write it as `{ $key } = { $example }`
read-control-character = `{ $key }` in { $what } holds the control character { $code }
read-control-character-help = remove the `{ $escape }` escape: a notice, ledger or terminal cannot show it
read-empty = `{ $key }` in { $what } is empty
read-empty-help = write the text between the quotes, or remove `{ $key }`
read-empty-entry = an entry of `{ $key }` in { $what } is empty
read-empty-entry-help = remove the empty entry
read-must-list-strings = `{ $key }` in { $what } must list strings, found { $found }
read-id-from-1 = `{ $key }` in { $what } must be a whole number from 1 up
read-full-date = `{ $key }` in { $what } must be a full date, found `{ $found }`
read-full-date-help = write the day, e.g. `{ $key } = 2020-10-14`
read-date-has-time = `{ $value }` has a time of day; write only the date
read-found = found { $found }
read-invalid-date = `{ $key }` in { $what } is not a valid date: { $why }
read-invalid-date-help = write `{ $key } = 2020-12-31` (no quotes), or `"2020-12"` / `2020` when only the month or year is known
read-list-of-tables = `{ $key }` in { $what } must be a list of tables, found { $found }
read-list-of-tables-help = write each one under a `[[{ $header }]]` header
type-string = a string
type-integer = an integer
type-float = a float
type-boolean = a boolean
type-date = a date
type-array = an array
type-table = a table
type-string-or-list = a string or a list of strings
type-true-or-false = true or false
type-whole-number = a whole number
what-contact-entry = a contact entry
what-findings-file = a findings file
what-log-entry = a progress log entry

## load/mod.rs: finding and reading the data folder's files

load-not-a-folder = `{ $path }` is not a folder
load-not-a-folder-help = pass the data folder with --data DIR (it holds rectify.toml and findings/)
load-cannot-open-data = cannot open the data folder `{ $path }`: { $reason }
load-cannot-open-data-help = run rectify where data/ is, pass --data DIR (or set RECTIFY_DATA), or create one with `rectify init`
load-report-empty = { $file } is empty
load-report-empty-help = it holds the inspection, its categories and the notice's text: `rectify init NEWDIR` writes a commented example to start from (copy its rectify.toml here), or copy the shipped data/rectify.toml
load-cannot-open = cannot open `{ $path }`: { $reason }
load-cannot-open-findings-help = findings live in data/findings/*.toml, one [[finding]] per file; create the folder and add one
load-no-toml-files = `{ $path }` holds no .toml files
load-no-toml-files-help = add a file such as findings/01.toml with a [[finding]] and its [[finding.measure]]s
load-reader-crashed = `{ $path }` could not be read: the reader crashed
load-reader-crashed-help = this is a bug in rectify: please report it with the file
load-dangling-link-help = it is a link to nothing: remove it, or point it at a TOML file
load-missing-file-help = create it (see docs/format.md), or start a new data folder with `rectify init DIR`
load-unreadable-file-help = make it a readable TOML file, or move it out of the data folder
load-bom = `{ $path }` starts with a byte-order mark (BOM)
load-bom-help = save the file as UTF-8 without BOM (in Notepad: UTF-8, not UTF-8 with BOM)
load-not-utf8 = `{ $path }` is not UTF-8 text: invalid bytes at line { $line }, column { $column }
load-not-utf8-help = save the file as UTF-8 (files saved as GBK/GB2312 must be converted, e.g. `iconv -f GBK -t UTF-8`)
load-merge-conflict = unresolved git merge conflict in lines { $from }–{ $to }: both versions of the same lines were kept
load-merge-conflict-theirs = the other version starts here
load-merge-conflict-end = the conflict ends here
load-merge-conflict-help = keep one version: the lines between <<<<<<< and ======= are one, those between ======= and >>>>>>> the other (each marker line names where its version comes from; in a git merge the first is this copy's); delete the marker lines, then run `rectify check` and commit. `git checkout --ours FILE` or `git checkout --theirs FILE` keeps one side of the whole file
gitignore-comment = rectify's lock, undo journal and temp files: this computer's state, not part of the record
git-missing = cannot read revision `{ $revision }`: the `git` command is not installed or not on PATH
git-missing-help = install git (https://git-scm.com), or give a date (2021-03-01) instead of a revision
git-not-a-repository = `{ $path }` is not in a git repository, so it has no revisions
git-not-a-repository-help = keep the data folder in git (`git init`, `git add -A`, `git commit`; see docs/collaboration.md), or give a date (2021-03-01) instead of a revision
git-unknown-revision = `{ $revision }` is neither a date nor a revision of the git repository holding `{ $path }`
git-unknown-revision-help = give a date (2021-03-01), a tag (`git tag` lists them), a commit (`git log --oneline` lists them) or HEAD~3 (three commits back)
git-failed = git failed: { $detail }
git-no-record = the data folder had no rectify.toml at revision `{ $revision }` ({ $commit }): the record is not in that commit
git-no-record-help = name a later revision (`git log --oneline -- { $path }` lists the commits that changed the folder)
load-cannot-read-file = `{ $path }` cannot be read: { $reason }
load-is-a-folder = `{ $path }` is a folder, not a file
load-not-a-regular-file = `{ $path }` is not a regular file (a pipe, socket or device)
load-too-large = `{ $path }` is too large to be a data file (the limit is { $limit } MB)

## load/syntax.rs: TOML syntax errors

syntax-other = invalid TOML: { $detail }
syntax-invalid-date = invalid TOML: not a real date
syntax-duplicate-key = invalid TOML: a key is written twice
syntax-unclosed-string = invalid TOML: a string is not closed
syntax-expected-equals = invalid TOML: expected `=` after the key
syntax-unquoted-string = invalid TOML: text must be in quotes
syntax-help = check the quotes, brackets and `key = value` shape on this line
syntax-date-help = write a real calendar date as YYYY-MM-DD, e.g. 2021-02-28
syntax-full-width-help = this line has the full-width `{ $found }` from a Chinese input method: TOML needs half-width ASCII quotes `"` and `=` (switch the input method to English punctuation)
syntax-invalid-key = invalid TOML: a key may hold only letters, digits, `-` and `_`
syntax-duplicate-help = each key may be written once in a table: remove one of them
read-did-you-mean = did you mean `{ $suggestion }`? { $takes }

## load/finding.rs: findings and measures

finding-file-empty = this file defines no finding
finding-file-empty-help = start it with [[finding]] and id, category, title, then a [[finding.measure]] for each measure
finding-no-measures = this finding has no measures
finding-no-measures-help = add a [[finding.measure]] with `text` and `status` for each rectification measure
measure-unrecorded-but-open = `done = "{ $value }"` on a measure that is { $status }
measure-unrecorded-but-open-help = a measure in progress or not started has no done date: set the status, or remove `done`
log-in-future = a progress log entry is dated { $date } in the future
log-in-future-help = log entries record what happened: date them on or before today
log-no-date = this log entry has no `date`
log-no-date-help = add `date = 2020-12-31` (no quotes)
status-did-you-mean = did you mean `{ $suggestion }`? statuses are { $statuses }
statuses-are = statuses are { $statuses }
status-unknown = unknown status `{ $status }` in { $what }
finding-no-category = this finding has no `category`
finding-no-category-help = add `category = "…"` with one of the ids in rectify.toml: { $ids }
category-missing-none-defined = category `{ $category }` does not exist: rectify.toml defines no categories
category-missing-none-defined-help = add a [[category]] with this id to rectify.toml, or remove `category`
category-did-you-mean = did you mean `{ $suggestion }`? categories are { $ids }
categories-in-report = categories in rectify.toml are { $ids }
category-missing = category `{ $category }` does not exist
measure-done-no-date = this measure is done but has no done date
measure-done-no-date-help = add `done = 2020-12-31` (or `"2020-12"` / `2020` when only the month or year is known, `"unrecorded"` when the record does not say)
measure-done-date-but-open = this measure has a done date ({ $date }) but its status is { $status }
measure-done-date-but-open-help = set `status = "done"`, or remove `done`
measure-done-before-feedback = done on { $date } but the inspection fed back only on { $feedback }
measure-done-before-feedback-help = rectification follows the feedback: check the date, or `feedback` in rectify.toml
measure-done-in-future = done date { $date } is in the future (today is { $today })
measure-done-in-future-help = a measure is done when it is done: set the date it was completed
measure-overdue = overdue: the deadline { $deadline } has passed and the measure is { $status }
measure-overdue-help = finish it (`{ $rectify } update { $address } --status done`) or agree a new deadline
placeholder-address = ADDRESS
measure-deadline-before-feedback = deadline { $deadline } comes before the feedback ({ $feedback })
measure-deadline-before-feedback-help = a rectification deadline follows the feedback: check the date
log-not-in-order = the progress log is not in date order
log-not-in-order-help = keep [[finding.measure.log]] entries oldest first

## load/report.rs and validate.rs: rectify.toml and cross-file checks

report-unknown-language = unknown language `{ $language }`
report-unknown-language-help = write `language = "zh"` (Chinese, the default) or `language = "en"`
report-ends-before-start = the inspection ends ({ $end }) before it starts ({ $start })
report-ends-before-start-help = check `start` and `end` in [inspection]
report-feedback-before-end = the feedback ({ $feedback }) comes before the inspection ends ({ $end })
report-feedback-before-end-help = the group feeds back after the inspection: check `feedback` and `end`
section-empty = this section has nothing to print
section-empty-help = give it [[section.point]]s, [[section.paragraph]]s, `paragraphs = ["…"]`, or `findings = true` for the section that lists the findings
contact-not-a-table = [contact] must be a table
contact-not-a-table-help = write it as [contact] with phone = "…", address = "…", email = "…"
contact-empty = `{ $key }` in [contact] is empty
contact-empty-help = write the value, or remove the line
contact-must-be-text = `{ $key }` in [contact] must be text, found { $found }
contact-must-be-text-help = write it in quotes, as printed: `{ $key } = "…"`
contact-did-you-mean = did you mean `{ $suggestion }`? or give a label: `{ $example }`
contact-known-keys = known keys are { $keys }; for another detail give a label: `{ $example }`
contact-unknown = `{ $key }` in [contact] is not a known contact detail written as text
category-id-twice = category id `{ $id }` is used twice
first-used-here = first used here
category-id-twice-help = give each [[category]] its own id
finding-id-twice = finding id { $id } is used twice
finding-id-twice-help = ids address findings and their measures (`{ $id }.1`); give this one a free id such as { $next }
sections-findings-twice = more than one section says `findings = true`
first-one-here = first one here
sections-findings-twice-help = the findings are printed once: keep `findings = true` on one section
sections-no-findings = no section says where the findings go
sections-no-findings-help = add `findings = true` to the [[section]] that lists the findings
intro-missing-facts = rectify.toml has no `intro`, and [inspection] lacks { $facts } to write one
intro-missing-facts-help = add `intro = "…"` with the opening paragraph, or give [inspection] these facts
category-unused = category `{ $id }` has no findings
category-unused-help = give a finding `category = "…"` with this id, or remove the category

## settings.rs: [notice] settings

numbering-bad-placeholder = `numbering` in [notice] uses a placeholder other than { $n } and { $cn }
numbering-bad-placeholder-help = write each level with { $n } (1, 2…) or { $cn } (一, 二…), e.g. { $example }
numbering-empty = `numbering` in [notice] lists no level
numbering-empty-help = list one format per level, e.g. { $example }, or remove `numbering` for these defaults
choice-did-you-mean = did you mean "{ $suggestion }"? `{ $key }` is one of { $listing }
choice-one-of = `{ $key }` is one of { $listing }
choice-unknown = unknown `{ $key }` "{ $value }" in { $what }
figures-not-a-table = `figures` in [notice] must be a table
figures-not-a-table-help = write it as [notice.figures] with lines such as 制度 = "12项"
figure-must-be-text = figure `{ $key }` in [notice.figures] must be text, found { $found }
figure-must-be-text-help = write it in quotes, verbatim as printed: `{ $key } = "12项"`
stray-brace = `{ $key }` in [notice] has a brace that opens or closes no placeholder
stray-brace-help = write placeholders as {"{"}name{"}"}, and {"{{"} or {"}}"} for a literal brace
placeholder-did-you-mean = did you mean { $suggestion }? `{ $key }` may use { $listing }; write {"{{"} and {"}}"} for literal braces
placeholder-may-use = `{ $key }` may use { $listing }; write {"{{"} and {"}}"} for literal braces
placeholder-unknown = unknown placeholder { $name } in `{ $key }` in [notice]

## edit/: the writer, journal and undo

data-folder-found = using the data folder { $path } (it holds rectify.toml)
edit-waiting-for-lock = waiting for another rectify to finish writing to { $path }…
edit-refused-invalid = rectify writes only to data without errors, so nothing was written; fix these first:
edit-would-leave-errors = `{ $command }` would leave the data with errors, so nothing was written:
undo-nothing = there is nothing to undo in { $path }
undo-nothing-help = undo takes back the writes of update, add, edit, remove, close and reopen; none is recorded (see `rectify history`)
undo-changed-since = cannot undo `{ $command }` (#{ $seq }, { $time }): { $paths } changed since, by hand or by another program
undo-changed-since-help = undo restores only files exactly as rectify left them, so nothing was changed; the change is recorded in { $path }
folder-holds-data = `{ $path }` already holds a data folder
folder-not-empty = `{ $path }` already exists and is not empty
folder-is-a-file = `{ $path }` exists and is not a folder
write-no-folder = cannot write `{ $path }`: the folder `{ $folder }` does not exist
write-no-folder-help = create the folder first, or write somewhere else
journal-damaged = the journal entry `{ $path }` is damaged: { $detail }
journal-damaged-help = remove it to go on (undo will not reach past it)
journal-cannot-record = cannot record the write in the journal: { $detail }
document-cannot-edit = cannot edit `{ $path }`: { $detail }
document-would-change-bytes = cannot edit `{ $path }` without changing other bytes (from line { $line } on)
document-would-change-bytes-help = the file uses a layout the editor cannot keep exactly; make this change by hand, then run `rectify check`

## dates, addresses, show, export

date-not-a-date = `{ $text }` is not a date: write 2020-12-31, or 2020-12 or 2020 when only the month or year is known
date-no-month = `{ $text }`: there is no month { $month }
date-no-such-day = { $date } is not a day of the calendar
date-year-out-of-range = the year { $year } is out of range: dates must fall between { $earliest } and { $latest }
address-invalid = `{ $text }` is not an address: write a finding as `4`, a measure as `4.2`, a sub-problem's measure as `4.a.2`
no-finding-so-no-measure = there is no finding { $id } (so no measure { $address })
no-measure = there is no measure { $address }
finding-has-measures = finding { $id } has { $count ->
        [one] 1 measure
       *[other] { $count } measures
    }: { $addresses }
export-no-template = --format { $format } is not rendered from a template; { $option } works with md, txt and html
export-binary-to-terminal = { $format } is a binary format: write it to a file with -o FILE
export-into-data = `{ $path }` would be { $file } in the data folder: an export never goes into the record
export-into-data-help = write the export outside the data folder, e.g. `-o notice.md`
export-the-report-file = the report file (rectify.toml)
export-a-findings-file = a findings file
standard-output = standard output

## init: the example's comments and messages

init-refused-help = rectify init never overwrites data: choose a new folder, e.g. `rectify init newdata`
init-created = created { $path }: rectify.toml and { $findings } findings files
init-next = next: rectify{ $data } check, then rectify{ $data } list
init-report-head = 
    This file is the report: the inspection's facts, the categories (方面) of its findings, the
    sections of the progress notice (整改进展情况公告) and its closing. Findings and their
    measures live in findings/*.toml, one finding per file. After editing, run `rectify check`.
init-report-title = The notice's title (optional). Add `language = "en"` for English tables and notice text.
init-report-inspection = Without an `intro = "…"`, the opening paragraph is written from these facts.
init-report-categories = The categories of the feedback, in its order; findings name them by id.
init-report-sections = The notice's sections, numbered 一、二、三… in this order.
init-report-findings-here = The findings, by category, are printed in this section.
init-finding-head = 
    A finding: its id (the address: `rectify show 1`), its category id and title, then
    one [[finding.measure]] per rectification measure (addresses 1.1, 1.2…, in this order).
init-finding-statuses = status: done 已完成, partial 基本完成, in-progress 正在推进, ongoing 长期坚持, not-started 未启动
init-finding-done = a done measure needs its done date: 2021-03-01, "2021-03" or 2021
init-finding-log = The progress log: `rectify update 2.1 --status done --note "…"` adds an entry like this.
init-finding-overdue = past its deadline and not done: `rectify list --overdue` shows it

## import/: reading a ledger

import-no-file = the file does not exist
import-no-file-help = give the path of an .xlsx, .xls, .ods or .csv ledger
import-workbook-help = change the workbook in Excel, WPS or LibreOffice (or save it as .xlsx) and import again
import-csv-help = save the ledger as .xlsx or as CSV UTF-8
import-unknown-kind = is neither a workbook (.xlsx, .xls, .ods) nor a CSV or text file (.csv, .txt)
import-unknown-kind-help = save the ledger as .xlsx (Excel: 另存为 → Excel 工作簿) or as CSV UTF-8
import-no-header = no header row with 问题 and 整改措施 found in the first { $rows } rows
import-no-header-sheets = no header row with 问题 and 整改措施 found in the first { $rows } rows of the sheets { $sheets }
import-no-header-help = name the columns 问题 and 整改措施 (and 完成情况, 整改时限…), or map your headers with --map 问题要点=问题
import-place-sheet = , sheet { $sheet }
import-place-row = , row { $row }
import-column = column { $letter }
import-column-named = column { $letter } ({ $header })
import-columns-same = { $columns } all read as { $column }
import-columns-same-help = keep one of them, or rename the others' headers
import-no-status-column = no 完成情况 (status) column
import-no-status-column-help = add a 完成情况 column (已完成, 正在推进, 长期坚持…), or map yours with --map 整改进度=完成情况
import-column-skipped = this column is not imported; if it holds a ledger column, map it with --map { $header }=COLUMN
import-no-measures = the ledger has a header but no measures under it
import-no-measures-help = add one row per measure below the header
import-row-note = read as a note and not imported: { $text }
import-row-category = read as the category of the rows below: { $title }
import-row-no-measure = this row has no 整改措施
import-row-no-measure-help = write the measure's text, or delete the row
import-finding-continued = 问题 is empty: read as a further measure of the problem above (and so for later empty cells)
import-first-no-finding = the first measure has no 问题
import-first-no-finding-help = write the problem this measure rectifies
import-status-empty = 完成情况 is empty
import-status-empty-help = write the status: 已完成, 基本完成, 正在推进, 长期坚持 or 未启动
import-status-listing = 已完成, 基本完成, 正在推进, 长期坚持, 未启动 (also 完成整改, 正在整改, 持续整改…)
import-status-unknown = unknown status `{ $status }`
import-done-long-term = 完成时间 cannot be 长期
import-done-long-term-help = write the day the measure was completed, or leave the cell empty
import-date-help = write a date such as 2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日, 2024年6月(底), 6月底, 2024年下半年, or 长期 / 立行立改
date-help = write a date such as 2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日, 2024年6月(底), 6月底 or 2024年下半年
import-latest-no-date = 最新进展 does not start with a date (2021年1月5日：…): kept in the progress log dated today, { $today }
import-year-from-title = the year in the title “{ $title }”
import-year-from-dates = the year most dates in the ledger have
import-year-this-year = this year
import-done-in-future = 完成时间 { $done } is in the future (today is { $today })
import-done-in-future-help = write the day the measure was completed
import-date-no-year = `{ $original }` has no year: read as { $read } ({ $why })
import-date-in-year = `{ $original }` in { $year }: { $detail }
import-date-in-year-help = write the full date, e.g. 2020年12月31日
import-row-no-category = this row has no 问题类别 while other rows have one
import-row-no-category-help = write the category (方面) of its problem
import-same-problem = the same problem as row { $row }: its measure is added to that finding
grid-not-a-workbook = cannot be read as a workbook ({ $detail }); is it a real .xlsx, .xls or .ods, saved by Excel, WPS or LibreOffice?
grid-sheet-unreadable = sheet { $sheet } cannot be read: { $detail }
grid-cannot-read = cannot be read: { $reason }
grid-not-utf8 = is not UTF-8 text (invalid bytes on line { $line }); save it as “CSV UTF-8” in Excel, or convert it with `iconv -f GBK -t UTF-8`
grid-bad-csv-line = is not valid CSV at line { $line }: { $detail }
grid-bad-csv = is not valid CSV: { $detail }
value-not-a-date = `{ $text }` is not a date
value-no-day = `{ $text }`: month { $month } has no day { $day }
map-no-equals = --map `{ $arg }` has no `=`: write the file's header, `=`, then the column, e.g. --map 具体问题=问题
map-empty-header = --map `{ $arg }`: the header before `=` is empty
map-unknown-column = --map `{ $arg }`: `{ $column }` is not a ledger column; columns are { $columns }

## export/: writing the notice and the ledger

template-yours = your template `{ $path }`
template-builtin = the built-in template
template-at-line-column = {" "}(line { $line }, column { $column })
template-at-line = {" "}(line { $line })
template-cannot-render = { $label } cannot be rendered{ $at }: { $detail }
template-cannot-render-help = check the template against docs/templates.md; `rectify export --print-template` prints the built-in one
export-cannot-write-csv = cannot write the CSV: { $detail }
export-cannot-build-docx = cannot build the docx: { $detail }
export-cannot-build-xlsx = cannot build the xlsx: { $detail }
export-cannot-write-json = cannot write the JSON document: { $detail }
export-the-output = the output

## --as-of (from main)

as-of-before-feedback = --as-of { $day } is before the inspection group's feedback ({ $feedback }): nothing had been asked of the unit yet
as-of-before-feedback-help = give a date on or after { $feedback }

## import/: places and cells

import-place-column = , { $column }
import-cell-problem = `{ $text }`: { $why }
import-numbers-not-one-to-one = 序号 does not number the problems one to one: findings are numbered 1, 2, 3… in the order they appear

## load/syntax.rs: more TOML syntax errors

syntax-missing-value = invalid TOML: the key has no value after `=`
syntax-unclosed-header = invalid TOML: a table header is not closed with `]`
syntax-unclosed-inline-table = invalid TOML: an inline table is not closed with `{"}"}`
syntax-bad-array = invalid TOML: a list is missing a comma or its closing `]`
syntax-bad-character = invalid TOML: a string holds a character that must be written as an escape
cli-not-a-number = write a whole number such as 4

## show

show-finding = Finding { $id }
show-completed = { $completed }/{ $measures } measures completed
show-file = file: { $path }
show-overdue = {" "}(overdue)
show-measure = Measure { $address } · { $status }
show-done-unrecorded = not recorded

## list: the summary line under the table

summary-status-count = { $count } { $status }
summary-head-findings = { $findings } findings, { $measures } measures
summary-head-measures = { $measures } measures
summary-line = { $head }: { $statuses }; completion { $rate } (done and ongoing); { $overdue } overdue

## list: table headers

table-number = No.
table-category = Category
table-finding = Finding
table-measures-completed = Measures
table-status = Status
table-nearest-deadline = Deadline
table-overdue = Overdue
table-address = Address
table-measure = Measure
table-owner = Owner
table-deadline = Deadline
table-done = Done
table-overdue-mark = yes

## reliability: output guard, journal, links, templates

diag-more-errors = … and { $count ->
        [one] 1 more error
       *[other] { $count } more errors
    } in `{ $path }` (only the first { $shown } of a file are shown)
diag-more-warnings = … and { $count ->
        [one] 1 more warning
       *[other] { $count } more warnings
    } in `{ $path }` (only the first { $shown } of a file are shown)
output-cannot-write = cannot write `{ $path }`: { $reason }
output-name-a-file = name a file, e.g. `-o notice.md`
output-symlink = it is a symbolic link, and rectify does not write through links
output-symlink-help = name the file the link points to, or remove the link
output-not-regular = it is not a regular file
output-name-a-regular-file = name a regular file, e.g. `-o notice.md`
output-inside-state = inside `.rectify/` (rectify's own state)
edit-changed-while-writing = `{ $path }` changed on disk while rectify was writing it (by hand or by a sync tool), so nothing was written
edit-changed-while-writing-help = run the command again: it starts from the file as it is now
edit-outside-data = `{ $path }` { $what }, and rectify writes only inside the data folder
edit-outside-data-help = copy the file into the data folder in place of the link
edit-not-inside-data = is not inside the data folder
edit-link-to-nothing = is a link to nothing
edit-link-outside = is a link to `{ $target }`, outside the data folder
edit-link-not-regular = is a link to `{ $target }`, which is not a regular file
edit-not-regular = `{ $path }` is not a regular file
undo-file-changed = cannot undo #{ $seq }: `{ $path }` changed since, by hand or by another program
history-damaged = { $detail }; remove it to go on
template-not-regular = the template `{ $path }` is not a regular file
template-not-regular-help = pass a template file, e.g. one saved from `rectify export --print-template`
template-too-large = the template `{ $path }` is larger than { $limit } MB
template-too-large-help = pass the template file itself, e.g. one saved from `rectify export --print-template`

## reliability: journal entries and runaway templates

journal-path-outside = its path `{ $path }` is outside the data folder
journal-number-too-high = rectify never numbers an entry so high
template-output-too-large = { $label } was stopped: its output passed { $limit } MB
template-output-too-large-help = a loop in the template may be running away; if the notice really is this large, set { $variable } to a larger number of MB
template-out-of-fuel = { $label } was stopped: it ran far longer than a notice of this data needs
template-out-of-fuel-help = a loop in the template may be running away (a `range` over a huge number, loops inside loops); check its loops
xlsx-cell-too-long = measure { $address } ({ $column }) has { $count } characters, more than an Excel cell holds (32,767); shorten it, or export md, docx or csv

## office: fix-punctuation

cmd-fix-punctuation-about = Write half-width punctuation in Chinese text full-width (，；：！？（）) and nest quotes (‘’ inside “”) in the data files, as the exports print them
cmd-fix-punctuation-examples = 
    Examples:
      rectify fix-punctuation --dry-run
      rectify fix-punctuation
arg-fix-punctuation-dry_run = Show the changes as a diff and write nothing
fix-punctuation-journal = { $path }: punctuation typeset
fix-punctuation-nothing = nothing to fix: no half-width punctuation in Chinese text
fix-punctuation-done = fixed { $texts ->
        [one] 1 text
       *[other] { $texts } texts
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    } (undo with `rectify undo`)
punctuation-lint = { $marks ->
        [one] 1 half-width punctuation mark
       *[other] { $marks } half-width punctuation marks
    } in Chinese text ({ $files ->
        [one] 1 file
       *[other] { $files } files
    })
punctuation-lint-help = the exports print them full-width (，；：（）); `{ $rectify } fix-punctuation` writes them so in the data, or set `punctuation = "as-written"` in [notice] to keep them

## import: the command (dry run, notes, check before writing)

import-skipped = { $count ->
        [one] 1 row or sheet
       *[other] { $count } rows or sheets
    } not imported (titles, notes, footers, other sheets): see them with --dry-run
import-would-not-pass = the folder made from { $source } would not pass `check` (nothing was written); the problems, in the files it would hold:
import-check-notes = check what the { $count ->
        [one] note
       *[other] { $count } notes
    } above say was guessed (years, statuses, split measures, deadlines kept in words) against the ledger
import-dry-columns = columns:
import-dry-columns-of = columns of sheet { $sheet }:
import-dry-title = title: { $title }
import-dry-unit = unit: { $unit }
import-dry-no-unit = unit: (not found; write it in rectify.toml)
import-dry-would = would import { $findings ->
        [one] 1 finding
       *[other] { $findings } findings
    } with { $measures ->
        [one] 1 measure
       *[other] { $measures } measures
    } in { $categories ->
        [one] 1 category
       *[other] { $categories } categories
    }:
import-dry-measures = { $count ->
        [one] 1 measure
       *[other] { $count } measures
    }
import-dry-skipped-none = not imported: nothing
import-dry-skipped = not imported:
import-dry-nothing-written = nothing written (--dry-run)
arg-import-sheet = Read only this sheet of the workbook (default: every sheet with a ledger header)
arg-import-dry_run = Print what would be made (columns read, categories, findings, skipped rows) and write nothing

## import (the reworked reader)

import-sheet-on-text = --sheet names a sheet of a workbook, and this is a text file
import-sheet-on-text-help = leave out --sheet
import-sheet-unreadable = cannot be read ({ $why }): not read
import-sheet-no-header = no ledger header (问题 and 整改措施) in it: not read
import-sheets-as-categories = { $count } sheets hold a ledger ({ $sheets }): each is read as the category its name says, unless its rows name one
import-control-characters = invisible control characters: a soft line break (Excel's _x000B_) became a line break, others were taken out
import-cell-too-long = the cell holds { $chars } characters, more than the { $limit } a cell may hold
import-cell-too-long-help = shorten it, or keep the long text in a document and name it in 佐证材料
import-read-as-encoding = read as { $encoding } text
import-status-words = holds status words (已完成, 正在推进…): read as 完成情况
import-status-column-empty = is empty in every row: read as no 完成情况 column
import-no-status-column-not-started = no 完成情况 (status) column: every measure is imported as 未启动 (not-started); set each with `rectify update N.M --status …`
import-column-passed-over = not imported: { $taken } is read instead; to read this one, map it with --map { $header }=COLUMN
import-not-imported = not imported
import-footer = a footer, not imported: { $text }
import-header-again = the header again, not imported
import-statuses-or-progress = statuses are { $statuses }; if the column tells progress rather than a status, import it as progress with --map { $header }=最新进展
import-done-not-a-day = 完成时间 cannot be `{ $text }`
import-numbered-measures = numbers { $count } measures: each imported as a measure of its own
import-progress-no-date = the progress does not start with a date (2021年1月5日：…): kept as an undated note in the progress log
import-year-from-filled = the year of 填报时间
import-same-problem-as = the same problem as { $place }: its measure is added to that finding
grid-too-far = sheet { $sheet } has a value at { $cell }, beyond the { $columns } columns and { $rows } rows a ledger may use; delete the rows and columns beyond the table (select them → 删除) and save again
grid-no-such-sheet = has no sheet named { $sheet }; its sheets are { $sheets }

## import (the reworked reader): more

grid-merged-overlap = { $sheet }: its merged cells overlap; unmerge them (开始 → 合并后居中 → 取消单元格合并) and merge each range once
grid-the-table = the table
grid-unpacks-too-large = unpacks to { $size } MB, more than the { $limit } MB a ledger may have; open it in Excel or WPS, delete what is not the ledger and save it again
grid-repeats-too-far = repeats a cell or row beyond the { $columns } columns and { $rows } rows a ledger may use; delete the rows and columns beyond the table and save it again
grid-bad-bytes-after-bom = starts as { $encoding } text but has bytes that are not
grid-unknown-encoding = is neither UTF-8, UTF-16 nor GBK text (unreadable bytes on line { $line }); open it in Excel or WPS and save it as .xlsx or as “CSV UTF-8”
grid-too-large = is { $size } MB, more than the { $limit } MB a ledger may have
grid-value-too-far = has a value at row { $row }, column { $column }, beyond the { $columns } columns and { $rows } rows a ledger may use
import-above-header = above the header, not imported: { $text }
import-note-row = a note, not imported: { $text }
import-deadline-immediate = `{ $original }`: at once, no date; kept in words as deadline_note (add `deadline` once the feedback day is known)
import-deadline-period = `{ $original }` ({ $period }) read as its last day, { $end }
import-deadline-in-words = { $why }: kept in words as deadline_note; write a date in `deadline` when there is one

## import: comments in the files it writes

import-file-head = 
    Findings and measures are in findings/*.toml. Before exporting the notice, write its
    opening (`intro`, or the [inspection] facts), sections and closing; the ledger exports
    (xlsx, csv) work as they are.
import-file-inspection-hint = authority, group, unit_full, start, end, feedback: see `rectify init --example reference`

## import: dry run's header line

import-dry-header-on = header on { $rows }
import-place-row-only = row { $row }
import-rows = rows { $first }–{ $last }
history-command = { $command }

## issue 15: notices of every shape, the plan
finding-file-empty-yet = this file defines no finding yet
finding-no-measures-yet = this finding has no measures yet
findings-dir-missing-yet = `{ $path }` does not exist: no findings yet
sub-duplicate = sub-problem `{ $id }` is defined twice in this finding
sub-duplicate-help = give each [[finding.sub]] its own letter
sub-bad-id = sub-problem id `{ $id }` is not one letter a to z
sub-bad-id-help = write `id = "a"`, `id = "b"`…: the letter addresses it (4.a, its measures 4.a.1) and never changes
sub-no-measures = this sub-problem has no measures yet
sub-no-measures-help = add a [[finding.sub.measure]] with `text` and `status` for each measure
section-paragraph-text-and-insert = a [[section.paragraph]] has both `text` and `insert`
section-paragraph-text-and-insert-help = give it either `text = "…"` (a paragraph) or `insert = "findings"` / `insert = "statistics"` (where they go), in two [[section.paragraph]]s if you need both
section-untitled-numbered = a section without a title cannot be numbered
section-untitled-numbered-help = give it `title = "…"`, or remove `numbered` (an untitled section prints its paragraphs only)
figure-shadows-count = figure `{ $key }` in [notice.figures] has the name of the built-in { $placeholder }
figure-shadows-count-help = { $placeholder } is counted by rectify (or taken from [inspection]); name your figure otherwise, e.g. `{ $key }_published = "…"`, or remove it to print the built-in value
text-placeholder-unknown = { $place } names { $placeholder }, which is no count, fact or figure
text-placeholder-unknown-help = the counts, facts and figures are listed in docs/notice-settings.md; a name none of them has is printed as written
text-placeholder-unknown-near = did you mean { $near }? the counts, facts and figures are listed in docs/notice-settings.md; a name none of them has is printed as written
place-intro = the intro in rectify.toml
place-section-paragraph = a paragraph of this section
place-section-point = a point of this section
place-finding = this finding
place-measure = this measure
place-sub = this sub-problem
place-closing = the closing in rectify.toml
place-plan = [plan] in rectify.toml
no-sub-problem = finding { $id } has no sub-problem { $sub }
sub-problems-are = its sub-problems are { $subs }
no-sub-problems = finding { $id } has no sub-problems
sub-has-measures = sub-problem { $sub } has { $count ->
        [one] 1 measure
       *[other] { $count } measures
    }: { $addresses }
plan-formats = --kind plan is written as md, docx or xlsx, not as { $format }
arg-export-kind = Which document: the progress notice or the rectification plan (整改方案)
value-kind-notice = The progress notice (md, txt, html, docx), the ledger (xlsx, csv) or the data (json)
value-kind-plan = The rectification plan (整改方案): md, docx or xlsx

## The daily work: dated progress, extensions, sign-off, edit and remove, categories, the clerk's list (issue 16)

cli-unknown-status-near = unknown status `{ $status }`: did you mean `{ $near }`? statuses are { $statuses }
date-immediate = `{ $text }` is not a date: give the day it was or is due
date-no-year = `{ $text }` has no year: write it with the year, e.g. 2024年6月30日
date-with-help = { $why }: { $help }
record-in-future = { $what } is dated { $date } in the future
record-in-future-help = date it on or before today
signoff-before-feedback = signed off on { $date }, before the inspection fed back ({ $feedback })
signoff-before-feedback-help = check the sign-off's `date`
log-no-date-undated-help = add `date = 2020-12-31` (no quotes): a status change or an extension is dated; only a plain `note` may be undated
extension-without-deadline = `deadline_original` without a `deadline`
extension-without-deadline-help = `deadline_original` keeps the first deadline of an extended one: add the new `deadline`, or remove it
extension-not-later = the deadline { $deadline } is not later than the original deadline { $original }
extension-not-later-help = an extension (延期) moves the deadline later: check `deadline` and `deadline_original`
what-removal = a removal (`removed`)
what-signoff = a sign-off (`signoff`)
what-reopening = a reopening (`reopened`)
load-no-findings-yet = there are no findings yet: `{ $path }` holds no .toml files
load-no-findings-yet-help = `{ $rectify } add finding --title … --measure …` adds one (or add a file such as findings/01.toml)
syntax-unquoted-date-help = write the date as `"{ $date }"` (in quotes) or as `{ $iso }`
summary-closed = { $count } findings signed off
summary-done-late = { $count } done late
summary-extended = { $count } extended
table-department = Department
table-done-late-mark = done late
table-closed = signed off
table-extended = { $deadline } (extended from { $original })
list-no-such-column = --columns: there is no column `{ $name }`; columns are { $columns }
added-finding-measures = added finding { $id } with measures { $id }.1–{ $id }.{ $count } in { $path }
add-category-exists = there is already a category `{ $id }`
add-category-exists-help = categories are { $ids }; give the new one another id
add-category-none = the findings have no categories, so a category cannot be added
add-category-none-help = a record has categories for all its findings or for none: give each finding a `category` by hand first
add-category-not-a-list = `category` in { $path } is not a list of [[category]] tables
journal-added-category = category { $id }: + { $title }
added-category = added category { $id } ({ $title }) in { $path }
show-signoff = signed off: { $date } { $by }, { $opinion }
show-signoff-reason = reason: { $reason }
show-reopened = sign-off withdrawn: { $date } { $reason }
show-done-late = {" "}(done late)
show-extended = { $deadline } (extended, originally { $original })
show-removed-measure = Measure { $address } · removed { $date } { $reason }
show-undated = (undated)
show-log-extended = deadline extended to { $deadline }
show-log-extended-because = deadline extended to { $deadline }: { $reason }
update-done-long-term = --done needs a date: 长期 (no end date) is a deadline, not a done date
journal-extended = extended
journal-long-term = long-term
flag-empty = { $flag } must not be empty
close-already = finding { $id } is already signed off (已销号) on { $date } by { $by }
close-already-help = `rectify reopen { $id } --reason …` withdraws it first
close-open-measure = { $address } ({ $status })
close-open-measures = finding { $id } cannot be signed off: measures { $measures } are not completed
close-open-measures-help = finish them (`rectify update ADDRESS --status done`), or sign off anyway with --force --reason TEXT
close-no-evidence = finding { $id } cannot be signed off: it has no evidence (佐证材料)
close-no-evidence-help = give the sign-off's evidence with --evidence TEXT, or sign off anyway with --force --reason TEXT
journal-closed = { $id } signed off: { $date } { $by } { $opinion }
closed = signed off finding { $id } (已销号) on { $date } by { $by }
reopen-no-reason = --reason must say why the sign-off is withdrawn
reopen-not-closed = finding { $id } is not signed off (销号)
reopen-not-closed-help = only a signed-off finding can be reopened
journal-reopened = { $id } sign-off withdrawn { $date } (was { $closed } by { $by }): { $reason }
reopened = reopened finding { $id }: its sign-off is withdrawn
edit-nothing-given = nothing to edit: give --text (a measure), or --title, --description (a finding or sub-problem), --category (a finding)
edit-finding-options-on-measure = --title, --description and --category change a finding: give its number ({ $id }), not a measure
edit-text-on-finding = --text changes a measure: give its address ({ $id }.1, { $id }.2…)
edit-unchanged = nothing to change: { $address } is already as asked
edited = edited { $address }: { $changes }
remove-no-reason = --reason must say why it is removed
removed-measure = measure { $address }
removed-finding = finding { $address }
journal-removed = { $address } removed { $date }: { $reason }
removed = removed { $what } ({ $reason }); its number stays taken
finding-removed = finding { $id } was removed on { $date } ({ $reason })
finding-removed-help = a removed finding keeps its number, which is never given again
measure-removed = measure { $address } was removed on { $date } ({ $reason })
measure-removed-help = a removed measure keeps its number; `rectify undo` takes back the removal if it was the last write
signoff-open-measures = finding { $id } is signed off (已销号) but measures { $measures } are not completed
signoff-no-evidence = finding { $id } is signed off (已销号) but it has no evidence (佐证材料)
signoff-unjustified-help = reopen it (`{ $rectify } reopen N --reason …`), or give the sign-off a `reason`
init-created-empty = created { $path }: rectify.toml (edit its inspection and categories) and an empty findings/
init-next-empty = next: rectify{ $data } add category --id ID --title TEXT, rectify{ $data } add finding --category ID --title TEXT --measure TEXT
arg-quiet = Print no warnings, only errors
cli-value-DAYS = DAYS
cli-value-KEY = KEY
cli-value-GROUP = GROUP
arg-list-department = Only measures whose department (责任部门) contains this text
arg-list-due_within = Only open measures due within this many days (overdue ones included)
arg-list-due_before = Only open measures due on or before this date
arg-list-sort = Order the rows by this
arg-list-columns = Only these columns, by header (repeat or separate with commas), e.g. 编号,状态
arg-update-date = The day the progress happened, for the log entry (default: today)
arg-update-reason = Why the deadline is extended (延期)
arg-add-finding-owner = 责任人 of its measures
arg-add-finding-department = 责任部门 of its measures
arg-add-finding-deadline = 整改时限 of its measures
cmd-add-category-about = Add a category (方面) to rectify.toml, after the last one
cmd-add-category-examples =
    Example:
      rectify add category --id conduct --title 作风建设方面
arg-add-category-id = Its id, which findings name in `category`
arg-add-category-title = Its title as the notice prints it
arg-add-category-dry_run = Print the diff that would be applied and write nothing
cmd-edit-about = Correct a finding's title, description or category, or a measure's text
cmd-edit-examples =
    Examples:
      rectify edit 4 --title 落实主体责任不力
      rectify edit 4.2 --text "修订差旅费管理办法" --dry-run
arg-edit-address = A finding (4), a sub-problem (4.a) or a measure (4.2, 4.a.2)
arg-edit-text = The measure's new text
arg-edit-title = The new title of the finding or sub-problem
arg-edit-description = The new description of the finding or sub-problem (an empty text removes it)
arg-edit-category = The finding's new category (its id)
arg-edit-dry_run = Print the diff that would be applied and write nothing
cmd-remove-about = Remove a finding or a measure, leaving a tombstone so its number is never reused
cmd-remove-examples =
    Examples:
      rectify remove 2.3 --reason 重复
      rectify remove 9 --reason 并入问题8
arg-remove-address = A finding (4), a sub-problem (4.a) or a measure (4.2, 4.a.2)
arg-remove-reason = Why it is removed (kept in the tombstone)
arg-remove-date = The day of the removal (default: today)
arg-remove-dry_run = Print the diff that would be applied and write nothing
cmd-close-about = Sign off a finding (销号): who approved it, when, with what opinion and evidence
cmd-close-examples =
    Examples:
      rectify close 1 --by 局党组书记 --opinion 同意销号 --evidence 整改报告
      rectify close 2 --by 局党组 --opinion 同意销号 --force --reason 长期坚持类措施已建立机制
arg-close-finding = The finding's number
arg-close-by = Who approved the sign-off (审批人)
arg-close-opinion = The approval's opinion (审批意见)
arg-close-date = The day of the sign-off (default: today)
arg-close-evidence = 佐证材料 of the sign-off (repeatable)
arg-close-force = Sign off although a measure is open or there is no evidence (needs --reason)
arg-close-reason = Why the sign-off is forced
arg-close-dry_run = Print the diff that would be applied and write nothing
cmd-reopen-about = Withdraw a finding's sign-off (销号)
cmd-reopen-examples =
    Example:
      rectify reopen 1 --reason 复查发现问题反弹
arg-reopen-finding = The finding's number
arg-reopen-reason = Why the sign-off is withdrawn
arg-reopen-date = The day (default: today)
arg-reopen-dry_run = Print the diff that would be applied and write nothing
arg-init-empty = A record with no findings yet (rectify.toml and an empty findings/), to fill with `rectify add category` and `rectify add finding`
remove-last-measure = measure { $address } is the last measure of finding { $id }
remove-last-measure-help = remove the finding instead (`rectify remove { $id } --reason …`), or add its new measure first

## A root of units (rectify-root.toml, --root, --unit) and the office's commands

arg-root = A root of units (each sub-folder a unit's data folder, with an optional rectify-root.toml); default: RECTIFY_ROOT, else the current folder or the nearest parent holding a rectify-root.toml
arg-unit = One unit of the root (its folder's name or its display name): the command then works on that unit alone, as with --data
cmd-units-about = The inspection office's view of a root of units: one row per unit (completion, overdue, check status…)
cmd-units-examples =
    Examples:
      rectify --root round-3 units
      rectify units --sort completion
      rectify units --sort overdue --format xlsx -o units.xlsx
      rectify --unit minzheng list
arg-units-sort = Order of the rows: root (the root's order, the default), completion (lowest first), overdue (most first)
arg-units-format = Output format: table, csv, json or xlsx
arg-units-output = Write to this file (atomically) instead of standard output
unit-label = { $display } ({ $name })
root-found = using the root of units { $path } (it holds rectify-root.toml)
root-not-found = no root of units found (a folder holding { $file })
root-not-found-help = name the root with --root (or RECTIFY_ROOT), or run rectify in the root or below it
root-cannot-open = cannot open the root of units { $path }: { $reason }
root-cannot-open-help = check that the folder given with --root (or RECTIFY_ROOT) exists
root-no-units = { $path } holds no unit's record
root-no-units-help = each sub-folder of a root is a unit, holding { $file }; a { $root } in the root can list the units
root-is-a-record-help = { $path } is itself a unit's data folder: name it with --data
root-unit-not-listed = the sub-folder { $unit } holds a record but rectify-root.toml does not list it; it comes after the listed units
root-unit-not-listed-help = add a [[unit]] with dir = "{ $unit }" to rectify-root.toml
root-folder-not-a-record = { $path } holds no { $file }: not a unit's record, skipped
root-folder-not-a-record-help = if it is a unit, create a record in it with `rectify init`; otherwise list the units with [[unit]] in { $file }, and folders not listed are passed over silently
root-unit-dir-not-plain = the unit folder "{ $dir }" is not the name of a sub-folder of the root
root-unit-dir-not-plain-help = write only the sub-folder's name in dir, e.g. dir = "minzheng", without / or ..
root-unit-missing = the unit folder { $dir } does not exist in { $root }
root-unit-missing-help = correct dir, or remove this [[unit]]; the other units are read as usual
root-unit-name-twice = the unit name "{ $name }" is used twice
root-unit-name-first = first used here
root-unit-name-twice-help = no unit may share its folder's name or its name with another, or --unit could not tell which is meant; the second is skipped
root-no-such-unit = { $root } has no unit "{ $unit }"
root-units-are = the units are: { $units }
root-units-more = { $count } more
root-needs-unit = rectify { $command } works on one unit's record and { $root } is a root of units: name the unit with --unit
unit-not-for-new-folder = --unit names a unit already in the root; to create a record, use --data or the command's folder argument
units-col-unit = Unit
units-col-findings = Findings
units-col-measures = Measures
units-col-completed = Completed
units-col-rate = Completion
units-col-overdue = Overdue
units-col-days = Days idle
units-col-closed = Signed off
units-col-check = Check
units-check-ok = ok
units-check-warnings = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
units-check-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }{ $warnings ->
        [0] {""}
        [one] , 1 warning
       *[other] , { $warnings } warnings
    }
units-total = { $units } units: { $findings } findings, { $measures } measures, { $completed } completed, completion { $rate }, { $overdue } overdue, { $closed } signed off
units-total-broken = ; { $count } with errors in their data, not counted: { $units }
units-with-errors = data with errors, not counted in the table: { $units }
units-with-errors-help = run `rectify check` in the root to see each error with its file, line and column; correct them, then run `rectify units` again
units-workbook-title = { $round }: rectification by unit
units-workbook-title-plain = Rectification by unit
check-root-file-heading = the root's file { $path }:
check-unit-heading = unit { $unit }:
check-unit-ok = { $unit }: ok — { $categories ->
        [one] 1 category
       *[other] { $categories } categories
    }, { $findings ->
        [one] 1 finding
       *[other] { $findings } findings
    }, { $measures ->
        [one] 1 measure
       *[other] { $measures } measures
    }{ $warnings ->
        [0] {""}
        [one] , 1 warning
       *[other] , { $warnings } warnings
    }
check-root-ok = all { $units } units are ok
check-root-failed = { $ok } of { $units } units are ok; with errors: { $failed }
check-root-failed-help = correct them at the files, lines and columns listed above for each unit, then run `rectify check` again; `rectify --unit NAME check` checks one unit
export-root-needs-unit = a root of units exports only the xlsx ledger of every unit; --format { $format } and the other exports are one unit's: name it with --unit
export-root-partial = the ledger workbook was written, but { $count } units have errors in their data and no ledger sheet: { $units }
export-root-partial-help = correct them at the files, lines and columns listed above and export again; the overview marks these units
root-file-has-errors = { $file } has errors (above): correct them and run again

## report

cmd-report-about = The progress report for a period (情况报告), or reminders (催办通知) to the departments
cmd-report-examples =
    Examples:
      rectify report
      rectify report --last-month --by department
      rectify report --since 2020-11-01 --until 2020-11-30 --format docx -o 情况报告.docx
      rectify report --remind --department 办公室 --format docx -o 催办通知-办公室.docx
arg-report-since = The period's first day (2020-11-01; a month such as 2020-11 starts on its first day), or a git revision of the data folder (a tag such as the last published notice): the period then starts on its day and counts as done only what that revision did not yet show; with no period option the report covers this month up to today
arg-report-until = The period's last day (default: today; a month reaches to its last day)
arg-report-week = This week, Monday up to today
arg-report-month = This month up to today (the default)
arg-report-last_week = Last week, Monday to Sunday
arg-report-last_month = Last month, first to last day
arg-report-due_within = Due soon (即将到期): open measures due within this many days after the period
arg-report-sort = On a root of units, the order of the units in the office's report: completion (lowest first, the default), overdue (most first) or root (the root's order)
arg-report-by = Add the counts per department or per owner
arg-report-remind = Reminders (催办通知) instead of the report: one per department (per owner with --by owner or --owner)
arg-report-department = Only the reminder to this department (its name as the record writes it)
arg-report-owner = Only the reminder to this owner (责任人; as the record writes it)
arg-report-format = Output format
arg-report-output = Write to this file (atomically) instead of standard output (`-o -`: standard output)
arg-report-as_of = Report on the record as it stood on this date, or as it was in a git revision of the data folder (a tag such as v1, a commit, HEAD~3); the period is counted from that day
value-report-format-terminal = on the screen, fitted to its width
value-report-format-md = the report as Markdown
value-report-format-html = a standalone HTML page with the trend chart
value-report-format-docx = a GB/T 9704 Word document
value-report-format-xlsx = an Excel workbook with the trend chart
value-report-format-json = the report's data, for other tools
report-period-reversed = the period ends ({ $until }) before it starts ({ $since }): check --since and --until
report-period-future = the period starts on { $since }, after today ({ $today }): nothing is recorded yet
report-no-department = no measure has the department `{ $name }`
report-departments-are = departments in the record: { $names }
report-no-owner = no measure has the owner `{ $name }`
report-owners-are = owners in the record: { $names }
report-none-named = none named yet
report-before-feedback = the period ends on { $until }, before the inspection group fed its findings back ({ $feedback }): nothing had been asked of the unit yet
report-before-feedback-help = choose a period that ends on { $feedback } or later

## Sub-problems in edit, remove, close (4.a, 4.a.2)
edit-text-on-sub = --text changes a measure: give the address of one of { $sub }'s measures ({ $sub }.1, { $sub }.2…)
edit-category-on-sub = a sub-problem has no category of its own: { $sub } is in finding { $id }'s (`rectify edit { $id } --category …`)
remove-last-sub-measure = measure { $address } is the last measure of sub-problem { $sub }
remove-last-sub-measure-help = remove the sub-problem instead (`rectify remove { $sub } --reason …`), or add its new measure first (`rectify add measure { $sub } --text …`)
remove-last-sub = sub-problem { $sub } holds the last measures of finding { $id }
removed-sub = sub-problem { $address } with its measures
sub-removed = sub-problem { $sub } was removed on { $date } ({ $reason })
sub-removed-help = a removed sub-problem keeps its letter, which is never given again; `rectify undo` takes back the removal if it was the last write
show-sub = Sub-problem { $sub } · { $title }
show-removed-sub = Sub-problem { $sub } ({ $title }) · removed { $date } { $reason }
cli-finding-number-only = this works on whole findings (a sign-off, 销号, is given to a whole finding with its sub-problems): give the finding's number ({ $id }), not `{ $address }`
cli-measure-group-only = a new measure goes to a finding ({ $group }) or a sub-problem, not to measure { $address }

## import: a reader's message about the whole file, after its name
import-file-says = { $path }: { $what }

## report across the units of a root (the inspection office's report)
report-root-option-needs-unit = { $option } belongs to one unit's record: on a root of units, name the unit with --unit
report-root-partial = the report was written, but { $count } units have errors in their data and are not counted: { $units }
report-root-partial-help = correct them at the files, lines and columns listed above for each unit and make the report again; the report names these units
report-unit-no-revision = unit { $unit }: no revision “{ $revision }” ({ $reason }); counted from { $since }
report-remind-unassigned-department = { $count } more late or due-soon measures name no department and are in no reminder: { $addresses }; add one with `rectify update ADDRESS --department NAME`
report-remind-unassigned-owner = { $count } more late or due-soon measures name no owner and are in no reminder: { $addresses }; add one with `rectify update ADDRESS --owner NAME`
report-revision-not-in-unit = the unit's folder has no such revision
report-unit-before-feedback = unit { $unit }: the inspection's feedback came on { $feedback }, after the period; not counted
