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
arg-data = The data folder (holds rectify.toml and findings/)
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
arg-show-address = A finding (4) or a measure (4.2)
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
arg-export-as_of = Report progress as it stood on this date
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
arg-update-done = Done date: 2020-12-31, or 2020-12 / 2020 when only the month or year is known (defaults to today when the new status is done)
arg-update-owner = 责任人 (the person responsible)
arg-update-department = 责任部门 (the department responsible)
arg-update-deadline = 整改时限: 2020-12-31, or 2020-12 / 2020 (the month or year's last day)
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
arg-add-finding-measure = Its first measure's text (a finding needs at least one)
arg-add-finding-dry_run = Print the diff that would be applied and write nothing
cmd-add-measure-about = Add a measure to a finding, after its last one
cmd-add-measure-examples =
    Example:
      rectify add measure 4 --text "开展警示教育" --status in-progress --deadline 2021-06-30
arg-add-measure-finding = The finding's number
arg-add-measure-text = The measure's text
arg-add-measure-status = Its status (key or Chinese label)
arg-add-measure-owner = 责任人 (the person responsible)
arg-add-measure-department = 责任部门 (the department responsible)
arg-add-measure-deadline = 整改时限: 2020-12-31, or 2020-12 / 2020 (the month or year's last day)
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
    Example:
      rectify history
cmd-import-about = Read an existing Excel or CSV ledger (整改台账) into a new data folder
cmd-import-examples =
    Examples:
      rectify import 台账.xlsx --into data
      rectify import ledger.csv --into data --map 具体问题=问题
arg-import-ledger = The ledger to read (.xlsx or .csv)
arg-import-into = The data folder to create (default: the --data folder)
arg-import-map = Map another header name to a ledger column, e.g. 具体问题=问题 (repeatable)
cmd-help-about = Print this message or the help of the given subcommand(s)
arg-help-subcommand = Print help for the subcommand(s)
cli-help-flag = Print help
cli-version-flag = Print version
cli-value-COMMAND = COMMAND
cli-value-DIR = DIR
cli-value-DATE = DATE
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
