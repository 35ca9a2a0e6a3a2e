# rectify 的中文界面。键与 en.ftl 一一对应（测试会核对两边的键和参数）。用词以
# docs/glossary.md 为准。

## 命令行：说明、示例和选项帮助（src/i18n/cli.rs 按这些键逐一替换）

cmd-about = 用 TOML 文件记录巡察整改情况：检查数据、查看进展、就地更新，并导出整改进展情况通报和整改台账。
cmd-examples =
    示例：
      rectify check
      rectify list --measures --status 正在推进
      rectify update 4.2 --status 已完成 --note "制度已印发"
      rectify export --format md -o 通报.md
arg-data = 数据文件夹（内有 rectify.toml 和 findings/）
arg-color = 何时使用彩色输出
arg-lang = 界面语言：zh（中文，默认）或 en（英文）；也可用 RECTIFY_LANG 或 LANG=en_US.UTF-8
cmd-check-about = 检查数据文件夹，逐条列出问题所在的文件、行和列
cmd-check-examples =
    示例：
      rectify check
      rectify --data 其他/data check --strict
arg-check-strict = 把警告（如整改措施逾期）也当作错误
cmd-list-about = 查看整改进展，每个问题或每条整改措施一行
cmd-list-examples =
    示例：
      rectify list
      rectify list --measures --overdue
      rectify list --status 正在推进 --owner 办公室
      rectify list --format csv > 进展.csv
arg-list-measures = 每条整改措施一行（默认每个问题一行）
arg-list-status = 只看这些状态（写中文名或英文键；可重复，也可用逗号分隔）
arg-list-category = 只看这个方面（写方面的 id）
arg-list-owner = 只看责任人或责任部门含有这段文字的整改措施
arg-list-overdue = 只看逾期的整改措施（已过整改时限、尚未完成）
arg-list-finding = 只看这些问题（写问题序号；可重复，也可用逗号分隔）
arg-list-format = 输出格式
cmd-show-about = 查看一个问题或一条整改措施的全部内容及进展记录
cmd-show-examples =
    示例：
      rectify show 4
      rectify show 4.2
arg-show-address = 问题序号（4）或整改措施编号（4.2）
arg-show-json = 以 JSON 格式输出
cmd-export-about = 导出整改进展情况通报（md、txt、html、docx）、整改台账（xlsx、csv）或全部数据（json）
cmd-export-examples =
    示例：
      rectify export --format md > 通报.md
      rectify export --format docx -o 通报.docx
      rectify export --format xlsx -o 台账.xlsx
      rectify export --print-template > 我的模板.md.j2
arg-export-format = 导出格式
arg-export-output = 写入这个文件（整体写入，不会留下半截文件），不写则输出到屏幕（`-o -` 也是输出到屏幕）
arg-export-template = 用这个模板代替内置模板（md、txt、html）
arg-export-print_template = 输出 --format 对应的内置模板后退出
arg-export-with_status = 在每条整改措施后注明状态，如（已完成）
arg-export-as_of = 按这一天的进展导出
value-format-md = 通报，Markdown 格式
value-format-txt = 通报，纯文本段落
value-format-html = 通报，独立的网页
value-format-json = 全部数据，含编号和统计
value-format-docx = 通报，符合 GB/T 9704 的 Word 文档
value-format-xlsx = 整改台账，Excel 工作簿
value-format-csv = 整改台账，CSV 格式（UTF-8 带 BOM）
cmd-update-about = 修改一条整改措施（4.2）或一个问题下的全部整改措施（4），文件其余内容原样保留
cmd-update-examples =
    示例：
      rectify update 4.2 --status 已完成 --note "制度已印发"
      rectify update 4 --owner 办公室
      rectify update 1.3 --deadline 2021-03-31 --dry-run
arg-update-address = 整改措施编号（4.2）或问题序号（4，即该问题下的全部整改措施）
arg-update-status = 新的状态（写中文名或英文键）
arg-update-done = 完成时间：2020-12-31，只知道月份或年份时写 2020-12 或 2020（状态改为已完成时默认为今天）
arg-update-owner = 责任人
arg-update-department = 责任部门
arg-update-deadline = 整改时限：2020-12-31，或 2020-12、2020（即当月或当年最后一天）
arg-update-evidence = 佐证材料（追加到清单末尾）
arg-update-note = 进展记录的说明（状态有变化或写了说明时，会新增一条进展记录）
arg-update-dry_run = 只显示将要做的改动，不写入文件
cmd-add-about = 新增问题或整改措施
cmd-add-examples =
    示例：
      rectify add finding --category policy --title 学习制度落实不到位 --measure "建立学习台账"
      rectify add measure 4 --text "开展警示教育" --status 正在推进
cmd-add-finding-about = 新增一个问题，单独成一个文件，序号顺延
cmd-add-finding-examples =
    示例：
      rectify add finding --category policy --title 学习制度落实不到位 --measure "建立学习台账"
arg-add-finding-category = 所属方面的 id
arg-add-finding-title = 问题原文（照巡察反馈的表述）
arg-add-finding-description = 补充说明（可不填）
arg-add-finding-measure = 第一条整改措施的内容（每个问题至少要有一条）
arg-add-finding-dry_run = 只显示将要做的改动，不写入文件
cmd-add-measure-about = 给问题新增一条整改措施，排在最后
cmd-add-measure-examples =
    示例：
      rectify add measure 4 --text "开展警示教育" --status 正在推进 --deadline 2021-06-30
arg-add-measure-finding = 问题序号
arg-add-measure-text = 整改措施的内容
arg-add-measure-status = 状态（写中文名或英文键）
arg-add-measure-owner = 责任人
arg-add-measure-department = 责任部门
arg-add-measure-deadline = 整改时限：2020-12-31，或 2020-12、2020（即当月或当年最后一天）
arg-add-measure-done = 完成时间：2020-12-31，只知道月份或年份时写 2020-12 或 2020（状态为已完成时默认为今天）
arg-add-measure-dry_run = 只显示将要做的改动，不写入文件
cmd-init-about = 新建一个数据文件夹，附带带注释的小示例
cmd-init-examples =
    示例：
      rectify init 我的数据
      rectify init ref --example reference
arg-init-dir = 要新建的文件夹（默认为 --data 指定的文件夹）
arg-init-example = 写入哪个示例
value-example-generic = 通用的小示例
value-example-reference = 随程序附带的参考通报（义安区民政局党组，2020 年）
cmd-undo-about = 撤销最近一次 update 或 add
cmd-undo-examples =
    示例：
      rectify undo
cmd-history-about = 列出修改记录：何时、哪条命令、改了哪些记录、原值 → 新值
cmd-history-examples =
    示例：
      rectify history
cmd-import-about = 把现有的 Excel 或 CSV 整改台账读入一个新的数据文件夹
cmd-import-examples =
    示例：
      rectify import 台账.xlsx --into data
      rectify import ledger.csv --into data --map 具体问题=问题
arg-import-ledger = 要读入的台账（.xlsx 或 .csv）
arg-import-into = 要新建的数据文件夹（默认为 --data 指定的文件夹）
arg-import-map = 把另一个表头对应到台账的某一列，如 具体问题=问题（可重复）
cmd-help-about = 显示本帮助，或某个命令的帮助
arg-help-subcommand = 要查看帮助的命令
cli-help-flag = 显示帮助
cli-version-flag = 显示版本号
cli-value-COMMAND = 命令
cli-value-DIR = 目录
cli-value-DATE = 日期
cli-value-TEXT = 文字
cli-value-ID = id
cli-value-NAME = 名称
cli-value-N = 序号
cli-value-FILE = 文件
cli-value-LANG = 语言
cli-value-COLOR = 何时
cli-value-FORMAT = 格式
cli-value-STATUS = 状态
cli-value-OWNER = 责任人
cli-value-DEPARTMENT = 责任部门
cli-value-EVIDENCE = 佐证材料
cli-value-ADDRESS = 编号
cli-value-TITLE = 问题原文
cli-value-HEADER-COLUMN = 表头=列
cli-value-LEDGER = 台账
cli-value-FINDING = 问题序号
cli-value-EXAMPLE = 示例
cli-value-DESCRIPTION = 说明
cli-value-SUBCOMMAND = 命令
cli-heading-commands-colon = 命令：
cli-heading-usage = 用法：
cli-heading-arguments = 参数：
cli-heading-options = 选项：
cli-heading-possible-values = 可选值：
cli-usage-options = [选项]
cli-default = [默认：
cli-possible-values = [可选值：
cli-env = [环境变量：
cli-aliases = [别名：
cli-unknown-status = 没有 `{ $status }` 这个状态；可用的状态有 { $statuses }
cli-not-a-full-date = `{ $date }` 不是完整的日期，请写成 2020-12-31 这样

## clap 的用法错误（中文由 src/i18n/cli.rs 按种类重写）

clap-unknown-argument = 不认识的参数 `{ $arg }`
clap-invalid-subcommand = 没有 `{ $name }` 这个命令
clap-missing-value = `{ $arg }` 后面要跟一个值
clap-invalid-value = `{ $arg }` 的值 `{ $value }` 不对
clap-value-validation = `{ $arg }` 的值 `{ $value }` 不对：{ $detail }
clap-missing-required = 缺少必填的参数：{ $args }
clap-missing-subcommand = 请写明要执行的命令
clap-no-equals = 给 `{ $arg }` 赋值时要用等号
clap-too-many-values = `{ $arg }` 多了一个值 `{ $value }`
clap-wrong-number-of-values = `{ $arg }` 要 { $expected } 个值，实际给了 { $actual } 个
clap-argument-conflict = 参数 `{ $arg }` 不能和 `{ $other }` 同时使用
clap-invalid-utf8 = 参数中有无法识别的字符（不是 UTF-8 编码）
clap-other = 命令行有误：{ $detail }
clap-possible-values = {"  "}可选的值：{ $values }
clap-trailing-arg = 如果 `{ $arg }` 是要传入的值，请写成 `-- { $arg }`
clap-more-info = 想了解更多，请运行 `--help`。

## 诊断信息：前缀和通用词

diag-error = 错误
diag-warning = 警告
diag-help = 提示
diag-error-prefix = 错误：
diag-warning-prefix = 警告：
diag-tip-prefix = 提示：
diag-help-prefix = 提示：
did-you-mean = 是不是 `{ $suggestion }`？
diag-shortened = （共 { $count } 个字）

## 各命令共用的错误

error-invalid-data = 数据有错误
error-cannot-write = 无法写入 `{ $path }`：{ $reason }
error-cannot-read = 无法读取 `{ $path }`：{ $reason }
io-not-found = 文件或文件夹不存在
io-permission-denied = 没有权限
io-already-exists = 已经存在
io-storage-full = 磁盘已满
io-read-only = 磁盘是只读的
io-is-a-directory = 这是一个文件夹
io-not-a-directory = 路径中有一段不是文件夹
io-directory-not-empty = 文件夹不是空的
io-broken-pipe = 接收输出的程序已退出
io-other = 系统提示：{ $detail }

## check

check-ok = { $data }：检查通过，共 { $categories } 个方面、{ $findings } 个问题、{ $measures } 条整改措施{ $warnings ->
        [0] {""}
       *[other] ，另有 { $warnings } 处警告
    }
check-summary-strict = 有 { $warnings } 处警告，--strict 要求把警告当作错误
check-summary = 数据有 { $errors } 处错误{ $warnings ->
        [0] {""}
       *[other] 、{ $warnings } 处警告
    }{ $files ->
        [0] {""}
       *[other] ，涉及 { $files } 个文件
    }

## commands: list, add, update, undo, history, import (src/commands/)

no-category = 没有 `{ $category }` 这个方面
categories-are = 现有的方面：{ $ids }
no-finding = 没有第 { $id } 个问题
no-findings = 没有这些问题：{ $ids }
cannot-write-csv = 无法生成 CSV：{ $detail }
findings-are = 现有的问题序号：{ $ids }；用 `rectify list` 可以查看
findings-none-yet = 还没有（用 `rectify add finding` 新增）
no-category-none-defined = 没有 `{ $category }` 这个方面：rectify.toml 里没有定义任何方面
no-category-none-defined-help = 去掉 --category，或在 rectify.toml 里加一个 [[category]]
add-needs-category = 新增问题要用 --category 写明所属方面
add-highest-number = 第 { $id } 个问题的序号已是最大值，后面不能再新增问题
add-highest-number-help = 把这个问题的序号（`id`）改成紧接其他问题之后的数
journal-added-finding = { $id } 问题：+ { $title }
journal-added-measure = { $address } 整改措施：+ { $text }
dry-run-nothing-written = 试运行：没有写入任何文件
added-finding = 已新增第 { $id } 个问题及整改措施 { $id }.1，写在 { $path }
finding-not-in-file = { $path } 里没有第 { $id } 个问题
measure-not-in-file = { $path } 里没有整改措施 { $address }
finding-has-no-measure-list = { $path } 里第 { $id } 个问题没有整改措施清单，无法追加
added-measure = 已给第 { $id } 个问题新增整改措施 { $address }，写在 { $path }
update-nothing-given = 没有要改的内容：请至少给出 --status、--done、--owner、--department、--deadline、--evidence、--note 中的一项
update-unchanged-measure = 无需修改：整改措施 { $address } 已经是这样
update-unchanged-finding = 无需修改：第 { $address } 个问题的整改措施已经是这样
update-unchanged-finding-skips = （对整个问题修改时，--deadline 不改已完成的措施，--done 只改已完成的措施）
updated-measure = 已更新整改措施 { $address }：{ $changes }
updated-finding = 已更新第 { $address } 个问题：{ $targets } 条整改措施中有 { $changed } 条改动（{ $changes }）
value-none = （无）
undo-done = 已撤销第 { $seq } 次修改：{ $time } 的 `{ $command }`
undo-restored = 已恢复 { $path }
undo-removed = 已删除 { $path }
undo-took-back = 已撤回：{ $change }
no-data-folder = 数据文件夹 `{ $path }` 不存在
no-data-folder-help = 请用 --data 目录 指定数据文件夹
history-empty = { $path } 还没有修改记录（`rectify update` 和 `rectify add` 会留下记录）
history-undo-hint = 运行 `rectify undo` 可撤销第 { $seq } 次修改。
diag-note-prefix = 说明：
import-nothing = 没有导入：{ $source } 有 { $count } 处问题
import-nothing-help = 在台账里改好（或用 --map 表头=列 指明各列）后再导入
import-into-new-folder = 请用 --into 目录 导入到一个新文件夹（没有写入任何文件）
imported = 已导入 { $categories } 个方面、{ $findings } 个问题、{ $measures } 条整改措施，写在 { $target }
imported-next = 下一步：运行 rectify --data { $target } check，再到 { $report } 里写通报的开头和各部分
