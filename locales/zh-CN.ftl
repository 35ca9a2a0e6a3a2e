# rectify 的中文界面。键与 en.ftl 一一对应（测试会核对两边的键和参数）。用词以
# docs/glossary.md 为准。

## 命令行：说明、示例和选项帮助（src/i18n/cli.rs 按这些键逐一替换）

cmd-about = 用 TOML 文件记录巡察整改情况：检查数据、查看进展、修改记录，并导出整改进展情况通报和整改台账。
cmd-examples =
    示例：
      rectify check
      rectify list --measures --status 正在推进
      rectify update 4.2 --status 已完成 --note "制度已印发"
      rectify export --format md -o 通报.md
arg-data = 数据文件夹（内有 rectify.toml 和 findings/）；不写时依次用 RECTIFY_DATA、./data、当前文件夹或最近的含 rectify.toml 的上级文件夹
arg-color = 是否彩色显示
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
arg-show-address = 问题序号（4）、子问题编号（4.a）或整改措施编号（4.2、4.a.2）
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
arg-export-as_of = 按这一天的进展导出；也可写数据文件夹的 git 版本（标签如 v1、提交号、HEAD~3），按那一版的记录导出
arg-list-as_of = 按这一天的进展列出；也可写数据文件夹的 git 版本（标签如 v1、提交号、HEAD~3），列出那一版的记录
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
arg-update-done = 完成时间：2020-12-31、2020/12/31、2020年12月31日，只知道月份或年份时写 2020-12 或 2020（状态改为已完成时默认为 --date）
arg-update-owner = 责任人
arg-update-department = 责任部门
arg-update-deadline = 整改时限：2020-12-31、2020年12月底、2020-12、2020，或“长期”（不设时限）；已过期的时限改动（或写了 --reason 的改动）算延期，保留原定时限
arg-update-evidence = 佐证材料（追加到清单末尾）
arg-update-note = 进展记录的说明（状态有变化或写了说明时，会新增一条进展记录）
arg-update-dry_run = 只显示将要做的改动，不写入文件
cmd-add-about = 新增方面、问题或整改措施
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
arg-add-finding-measure = 一条整改措施的内容（可重复写多条；每个问题至少要有一条）
arg-add-finding-dry_run = 只显示将要做的改动，不写入文件
cmd-add-measure-about = 给问题新增一条整改措施，排在最后
cmd-add-measure-examples =
    示例：
      rectify add measure 4 --text "开展警示教育" --status 正在推进 --deadline 2021-06-30
arg-add-measure-finding = 问题序号（4），或子问题编号（4.a）
arg-add-measure-text = 整改措施的内容
arg-add-measure-status = 状态（写中文名或英文键）
arg-add-measure-owner = 责任人
arg-add-measure-department = 责任部门
arg-add-measure-deadline = 整改时限：2020-12-31、2020年12月底，或 2020-12、2020（即当月或当年最后一天）
arg-add-measure-done = 完成时间：2020-12-31，只知道月份或年份时写 2020-12 或 2020（状态为已完成时默认为今天）
arg-add-measure-dry_run = 只显示将要做的改动，不写入文件
cmd-init-about = 新建一个数据文件夹，并附一个带注释的简短示例
cmd-init-examples =
    示例：
      rectify init 我的数据
      rectify init ref --example reference
arg-init-dir = 要新建的文件夹（默认为 --data 指定的文件夹）
arg-init-example = 写入哪个示例
value-example-generic = 通用的小示例
value-example-reference = 随程序附带的参考通报（义安区民政局党组，2020 年）
cmd-undo-about = 撤销最近一次修改（update、add、edit、remove、close、reopen、fix-punctuation）
cmd-undo-examples =
    示例：
      rectify undo
cmd-history-about = 列出修改记录：何时、哪条命令、改了哪些记录、原值 → 新值
cmd-history-examples =
    示例：
      rectify history
      rectify history --since 2021-03-01 --until 2021-03-31
      rectify history --finding 4 --department 办公室
arg-history-since = 只看这一天及以后的修改
arg-history-until = 只看这一天及以前的修改
arg-history-finding = 只看对这些问题的修改（写问题序号；可重复，也可用逗号分隔）
arg-history-department = 只看责任部门含有这段文字的整改措施的修改（按现在的责任部门）
arg-history-owner = 只看责任人（或责任部门）含有这段文字的整改措施的修改（按现在的记录）
cmd-import-about = 把现有的 Excel 或 CSV 整改台账读入一个新的数据文件夹
cmd-import-examples =
    示例：
      rectify import 台账.xlsx --into data
      rectify import ledger.csv --into data --map 问题要点=问题
      rectify import 台账.xlsx --dry-run
arg-import-ledger = 要读入的台账（.xlsx、.xls、.ods、.csv 或 .txt）
arg-import-into = 要新建的数据文件夹（默认为 --data 指定的文件夹）
arg-import-map = 把另一个表头对应到台账的某一列，如 问题要点=问题（可重复）
cmd-help-about = 显示本帮助，或某个命令的帮助
arg-help-subcommand = 要查看帮助的命令
cli-help-flag = 显示帮助
cli-version-flag = 显示版本号
cli-value-COMMAND = 命令
cli-value-DIR = 目录
cli-value-DATE = 日期
cli-value-DATE-REV = 日期或版本
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

clap-unknown-argument = 无法识别的参数 `{ $arg }`
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
added-measure = 已新增整改措施 { $address }，写在 { $path }
update-nothing-given = 没有要改的内容：请至少给出 --status、--done、--owner、--department、--deadline、--evidence、--note 中的一项
update-unchanged-measure = 无需修改：整改措施 { $address } 已经是这样
update-unchanged-finding = 无需修改：第 { $address } 个问题的整改措施已经是这样
update-unchanged-finding-skips = （对整个问题修改时，--deadline 不改已完成的措施，--done 只改已完成的措施）
updated-measure = 已更新整改措施 { $address }：{ $changes }
updated-finding = 已更新第 { $address } 个问题：{ $targets } 条整改措施中有 { $changed } 条改动（{ $changes }）
value-done-unrecorded = （已完成，未记录日期）
value-none = （无）
undo-done = 已撤销第 { $seq } 次修改：{ $time } 的 `rectify { $command }`
undo-restored = 已恢复 { $path }
undo-removed = 已删除 { $path }
undo-took-back = 已撤销：{ $change }
no-data-folder = 数据文件夹 `{ $path }` 不存在
no-data-folder-help = 请用 --data 目录 指定数据文件夹
history-empty = 数据文件夹 { $path } 还没有修改记录（update、add、edit、remove、close、reopen 等命令会留下记录）
history-none-match = 没有符合条件的修改记录
history-period-reversed = 结束日（{ $until }）早于开始日（{ $since }）：请核对 --since 和 --until
history-undo-hint = 运行 `rectify undo` 可撤销第 { $seq } 次修改。
diag-note-prefix = 说明：
import-nothing = 导入发现 { $count } 处问题，{ $source } 没有导入
import-nothing-help = 在台账里改好（或用 --map 表头=列 指明各列）后再导入
import-into-new-folder = 请用 --into 目录 导入到一个新文件夹（没有写入任何文件）
imported = 已导入 { $categories } 个方面、{ $findings } 个问题、{ $measures } 条整改措施，写在 { $target }
imported-next = 下一步：运行 rectify --data { $target } check，再到 { $report } 里写通报的开头和各部分

## load/reader.rs: reading the TOML tree

read-not-a-table = { $what }应该是一个表，这里是{ $found }
read-not-a-table-help = 写成一个 [表]，可用的键有 { $keys }
read-takes-keys = { $what }可用的键有 { $keys }
read-unknown-key = { $what }里没有 `{ $key }` 这个键
read-missing-key = { $what }缺少 `{ $key }`
read-missing-key-help = 请加上 `{ $key } = { $example }`
read-wrong-type = { $what }里的 `{ $key }` 应该是{ $expected }，这里是{ $found }
read-write-it-as = 请写成 `{ $key } = { $example }`
read-control-character = { $what }里的 `{ $key }` 含有控制字符 { $code }
read-control-character-help = 请删掉转义符 `{ $escape }`：通报、台账和终端都显示不了它
read-empty = { $what }里的 `{ $key }` 是空的
read-empty-help = 请在引号里写上内容，或者删掉 `{ $key }`
read-empty-entry = { $what }里的 `{ $key }` 有一项是空的
read-empty-entry-help = 请删掉这个空项
read-must-list-strings = { $what }里的 `{ $key }` 应该列出若干段文字，这里是{ $found }
read-id-from-1 = { $what }里的 `{ $key }` 应该是从 1 起的整数
read-full-date = { $what }里的 `{ $key }` 应该是完整的日期，这里是 `{ $found }`
read-full-date-help = 请写到日，如 `{ $key } = 2020-10-14`
read-date-has-time = `{ $value }` 带了时刻，只写日期即可
read-found = 这里是{ $found }
read-invalid-date = { $what }里的 `{ $key }` 不是有效的日期：{ $why }
read-invalid-date-help = 请写成 `{ $key } = 2020-12-31`（不加引号）；只知道月份或年份时写 `"2020-12"` 或 `2020`
read-list-of-tables = { $what }里的 `{ $key }` 应该是一组表，这里是{ $found }
read-list-of-tables-help = 每一项都写在 `[[{ $header }]]` 标题下
type-string = 文字
type-integer = 整数
type-float = 小数
type-boolean = true/false
type-date = 日期
type-array = 列表
type-table = 表
type-string-or-list = 一段文字或一组文字
type-true-or-false = true 或 false
type-whole-number = 整数
what-contact-entry = 联系方式
what-findings-file = 问题文件
what-log-entry = 进展记录

## load/mod.rs: finding and reading the data folder's files

load-not-a-folder = `{ $path }` 不是文件夹
load-not-a-folder-help = 请用 --data 目录 指定数据文件夹（里面有 rectify.toml 和 findings/）
load-cannot-open-data = 打不开数据文件夹 `{ $path }`：{ $reason }
load-cannot-open-data-help = 请在 data/ 所在的文件夹里运行，或用 --data 目录（或环境变量 RECTIFY_DATA）指定数据文件夹；还没有的话，用 `rectify init` 新建一个
load-report-empty = { $file } 是空的
load-report-empty-help = 这个文件记录巡察情况、问题所属的各个方面和通报正文：可以用 `rectify init 新目录` 生成一个带注释的示例，把其中的 rectify.toml 复制过来，或者复制随程序附带的 data/rectify.toml
load-cannot-open = 打不开 `{ $path }`：{ $reason }
load-cannot-open-findings-help = 问题记录放在 data/findings/*.toml，每个文件一个 [[finding]]；请新建这个文件夹并加入问题文件
load-no-toml-files = `{ $path }` 里没有 .toml 文件
load-no-toml-files-help = 请加一个文件，如 findings/01.toml，写上一个 [[finding]] 及其 [[finding.measure]]
load-reader-crashed = `{ $path }` 没能读完：读取程序出错中止
load-reader-crashed-help = 这是 rectify 程序本身的问题，请把这个文件发给维护人员
load-dangling-link-help = 这是一个指向不存在文件的链接：请删掉它，或让它指向一个 TOML 文件
load-missing-file-help = 请新建这个文件（格式见 docs/format.md），或用 `rectify init 目录` 新建一个数据文件夹
load-unreadable-file-help = 请把它改成可读的 TOML 文件，或移出数据文件夹
load-bom = `{ $path }` 开头有字节顺序标记（BOM）
load-bom-help = 请另存为不带 BOM 的 UTF-8（在记事本里选“UTF-8”，不要选“带有 BOM 的 UTF-8”）
load-not-utf8 = `{ $path }` 不是 UTF-8 编码：第 { $line } 行第 { $column } 列有无法识别的字节
load-not-utf8-help = 请另存为 UTF-8 编码（存成 GBK/GB2312 的文件要先转换，如 `iconv -f GBK -t UTF-8`）
load-merge-conflict = 第 { $from }–{ $to } 行有未解决的 git 合并冲突：同一处内容的两个版本都留在了文件里
load-merge-conflict-theirs = 另一个版本从这里开始
load-merge-conflict-end = 冲突到此结束
load-merge-conflict-help = 保留其中一个版本：<<<<<<< 与 ======= 之间是一个版本，======= 与 >>>>>>> 之间是另一个（标记行后面写着各自的来源；git merge 时前一个是本机的）；删去标记行，再运行 `rectify check`，无误后提交。也可以用 `git checkout --ours 文件` 或 `git checkout --theirs 文件` 整个文件保留一方
gitignore-comment = rectify 的锁、撤销记录和临时文件：只属于本机，不是整改记录的一部分，不要提交
git-missing = 无法读取版本 `{ $revision }`：没有安装 git 命令，或不在 PATH 里
git-missing-help = 请安装 git（https://git-scm.com），或改写日期（如 2021-03-01）
git-not-a-repository = `{ $path }` 不在 git 仓库里，没有历次版本可查
git-not-a-repository-help = 请把数据文件夹放进 git 管理（`git init`、`git add -A`、`git commit`，见 docs/collaboration.md），或改写日期（如 2021-03-01）
git-unknown-revision = `{ $revision }` 既不是日期，也不是 `{ $path }` 所在 git 仓库的版本
git-unknown-revision-help = 请写日期（如 2021-03-01）、标签（`git tag` 可列出）、提交号（`git log --oneline` 可列出），或 HEAD~3（往前数第三次提交）
git-failed = git 命令出错：{ $detail }
git-no-record = 版本 `{ $revision }`（{ $commit }）里数据文件夹没有 rectify.toml：那时还没有这份整改记录
git-no-record-help = 请写更晚的版本（`git log --oneline -- { $path }` 可列出改动过这个文件夹的提交）
load-cannot-read-file = 无法读取 `{ $path }`：{ $reason }
load-is-a-folder = `{ $path }` 是文件夹，不是文件
load-not-a-regular-file = `{ $path }` 不是普通文件（是管道、套接字或设备）
load-too-large = `{ $path }` 太大，不像数据文件（上限 { $limit } MB）

## load/syntax.rs: TOML syntax errors

syntax-other = TOML 格式有误：{ $detail }
syntax-invalid-date = TOML 格式有误：日期不存在或写法不对
syntax-duplicate-key = TOML 格式有误：同一个键写了两次
syntax-unclosed-string = TOML 格式有误：引号没有配对（文字缺少结尾的引号）
syntax-expected-equals = TOML 格式有误：键的后面缺少 `=`
syntax-unquoted-string = TOML 格式有误：文字要加英文双引号
syntax-help = 请检查这一行的引号、括号，以及是不是写成了 `键 = 值`
syntax-date-help = 请写一个真实存在的日期，格式为 年-月-日，如 2021-02-28
syntax-full-width-help = 这一行有中文输入法打出的全角符号 `{ $found }`：TOML 要用半角的英文引号 `"` 和等号 `=`（把输入法切换到英文标点再输入）
syntax-invalid-key = TOML 格式有误：键名只能由英文字母、数字、`-` 和 `_` 组成
syntax-duplicate-help = 同一个表里每个键只能写一次：请删掉多余的一处
read-did-you-mean = 是不是 `{ $suggestion }`？{ $takes }

## load/finding.rs: findings and measures

finding-file-empty = 这个文件里没有问题记录
finding-file-empty-help = 请以 [[finding]] 开头，写上 id、category、title，再为每条整改措施写一个 [[finding.measure]]
finding-no-measures = 这个问题没有整改措施
finding-no-measures-help = 请为每条整改措施加一个 [[finding.measure]]，写上 `text` 和 `status`
measure-unrecorded-but-open = 整改措施状态为“{ $status }”，却写了 `done = "{ $value }"`
measure-unrecorded-but-open-help = 正在推进或未启动的整改措施没有完成时间：请改状态，或删掉 `done`
log-in-future = 进展记录的日期 { $date } 还没到
log-in-future-help = 进展记录记的是已经发生的事：日期不能晚于今天
log-no-date = 这条进展记录没有 `date`
log-no-date-help = 请加上 `date = 2020-12-31`（不加引号）
status-did-you-mean = 是不是 `{ $suggestion }`？可用的状态有 { $statuses }
statuses-are = 可用的状态有 { $statuses }
status-unknown = { $what }里的状态 `{ $status }` 无法识别
finding-no-category = 这个问题没有写所属方面（`category`）
finding-no-category-help = 请加上 `category = "…"`，填 rectify.toml 里的一个方面 id：{ $ids }
category-missing-none-defined = 没有 `{ $category }` 这个方面：rectify.toml 里没有定义任何方面
category-missing-none-defined-help = 请在 rectify.toml 里加一个用这个 id 的 [[category]]，或者删掉 `category`
category-did-you-mean = 是不是 `{ $suggestion }`？现有的方面：{ $ids }
categories-in-report = rectify.toml 里的方面有：{ $ids }
category-missing = 没有 `{ $category }` 这个方面
measure-done-no-date = 这条整改措施已完成，但没有写完成时间
measure-done-no-date-help = 请加上 `done = 2020-12-31`（只知道月份或年份时写 `"2020-12"` 或 `2020`，材料里没有记载时写 `"unrecorded"`）
measure-done-date-but-open = 这条整改措施写了完成时间（{ $date }），状态却是“{ $status }”
measure-done-date-but-open-help = 请把状态改为 `status = "done"`（已完成），或删掉 `done`
measure-done-before-feedback = 完成时间 { $date } 早于巡察反馈日期 { $feedback }
measure-done-before-feedback-help = 整改在反馈之后：请核对这个日期，或 rectify.toml 里的 `feedback`
measure-done-in-future = 完成时间 { $date } 还没到（今天是 { $today }）
measure-done-in-future-help = 请填写实际完成的日期
measure-overdue = 已逾期：整改时限 { $deadline } 已过，整改措施仍是“{ $status }”
measure-overdue-help = 完成后运行 `{ $rectify } update { $address } --status 已完成`，或商定新的整改时限
placeholder-address = 编号
measure-deadline-before-feedback = 整改时限 { $deadline } 早于巡察反馈日期（{ $feedback }）
measure-deadline-before-feedback-help = 整改时限应在反馈之后：请核对这个日期
log-not-in-order = 进展记录没有按日期先后排列
log-not-in-order-help = 请把 [[finding.measure.log]] 按日期从早到晚排列

## load/report.rs and validate.rs: rectify.toml and cross-file checks

report-unknown-language = 无法识别的语言 `{ $language }`
report-unknown-language-help = 请写 `language = "zh"`（中文，默认）或 `language = "en"`（英文）
report-ends-before-start = 巡察结束日期（{ $end }）早于开始日期（{ $start }）
report-ends-before-start-help = 请核对 [inspection] 里的 `start` 和 `end`
report-feedback-before-end = 反馈日期（{ $feedback }）早于巡察结束日期（{ $end }）
report-feedback-before-end-help = 巡察组在巡察结束后才反馈：请核对 `feedback` 和 `end`
section-empty = 这一部分没有可印出的内容
section-empty-help = 请给它加上 [[section.point]]、[[section.paragraph]] 或 `paragraphs = ["…"]`；列出问题的那一部分写 `findings = true`
contact-not-a-table = [contact] 应该是一个表
contact-not-a-table-help = 请写成 [contact]，下面写 phone = "…"、address = "…"、email = "…"
contact-empty = [contact] 里的 `{ $key }` 是空的
contact-empty-help = 请填上内容，或删掉这一行
contact-must-be-text = [contact] 里的 `{ $key }` 应该是文字，这里是{ $found }
contact-must-be-text-help = 请照印出的样子加上引号：`{ $key } = "…"`
contact-did-you-mean = 是不是 `{ $suggestion }`？也可以自带名称：`{ $example }`
contact-known-keys = 可用的键有 { $keys }；其他联系方式请自带名称：`{ $example }`
contact-unknown = [contact] 里的 `{ $key }` 不是已知的联系方式，又没有写名称
category-id-twice = 方面 id `{ $id }` 用了两次
first-used-here = 第一次在这里
category-id-twice-help = 每个 [[category]] 要有自己的 id
finding-id-twice = 问题序号 { $id } 用了两次
finding-id-twice-help = 问题序号也是整改措施编号的前半段（`{ $id }.1`）；请给这个问题换一个没用过的序号，如 { $next }
sections-findings-twice = 不止一个部分写了 `findings = true`
first-one-here = 第一个在这里
sections-findings-twice-help = 问题只列一次：只在一个部分保留 `findings = true`
sections-no-findings = 没有哪个部分写明问题列在哪里
sections-no-findings-help = 请在列出问题的那个 [[section]] 里加上 `findings = true`
intro-missing-facts = rectify.toml 没有写 `intro`（开头一段），[inspection] 里又缺少 { $facts }，无法自动生成
intro-missing-facts-help = 请加上 `intro = "…"` 写明开头一段，或在 [inspection] 里补上这些信息
category-unused = 方面 `{ $id }` 下没有问题
category-unused-help = 请给某个问题写上 `category = "…"` 用这个 id，或删掉这个方面

## settings.rs: [notice] settings

numbering-bad-placeholder = [notice] 里的 `numbering` 用了 { $n } 和 { $cn } 以外的占位符
numbering-bad-placeholder-help = 每一级用 { $n }（1、2……）或 { $cn }（一、二……），如 { $example }
numbering-empty = [notice] 里的 `numbering` 一级也没有列
numbering-empty-help = 每一级列一个格式，如 { $example }；想用默认编号就删掉 `numbering`
choice-did-you-mean = 是不是 "{ $suggestion }"？`{ $key }` 可选 { $listing }
choice-one-of = `{ $key }` 可选 { $listing }
choice-unknown = { $what }里 `{ $key }` 的值 "{ $value }" 无法识别
figures-not-a-table = [notice] 里的 `figures` 应该是一个表
figures-not-a-table-help = 请写成 [notice.figures]，下面逐行写，如 制度 = "12项"
figure-must-be-text = [notice.figures] 里的 `{ $key }` 应该是文字，这里是{ $found }
figure-must-be-text-help = 请照印出的样子加上引号：`{ $key } = "12项"`
stray-brace = [notice] 里的 `{ $key }` 有不成对的花括号
stray-brace-help = 占位符写成 {"{"}名称{"}"}；要印出花括号本身，写 {"{{"} 或 {"}}"}
placeholder-did-you-mean = 是不是 { $suggestion }？`{ $key }` 可用 { $listing }；要印出花括号本身，写 {"{{"} 和 {"}}"}
placeholder-may-use = `{ $key }` 可用 { $listing }；要印出花括号本身，写 {"{{"} 和 {"}}"}
placeholder-unknown = [notice] 的 `{ $key }` 里有无法识别的占位符 { $name }

## edit/: the writer, journal and undo

data-folder-found = 使用数据文件夹 { $path }（找到了其中的 rectify.toml）
edit-waiting-for-lock = 另一个 rectify 正在写入 { $path }，等它写完……
edit-refused-invalid = 数据有错误时不能修改，这次没有写入任何内容；请先改正以下错误：
edit-would-leave-errors = `rectify { $command }` 改完后数据会出错，这次没有写入任何内容：
undo-nothing = { $path } 没有可撤销的修改
undo-nothing-help = undo 撤销的是 update、add、edit、remove、close 和 reopen 的修改；目前没有这类记录（见 `rectify history`）
undo-changed-since = 无法撤销 `rectify { $command }`（第 { $seq } 次，{ $time }）：{ $paths } 之后又被手工或其他程序改过
undo-changed-since-help = 只有文件仍是 rectify 改完时的样子才能撤销，所以这次什么都没改；这次修改的记录保存在 { $path }
folder-holds-data = `{ $path }` 里已经有数据
folder-not-empty = `{ $path }` 已存在，而且不是空的
folder-is-a-file = `{ $path }` 已存在，而且不是文件夹
write-no-folder = 无法写入 `{ $path }`：文件夹 `{ $folder }` 不存在
write-no-folder-help = 请先建好这个文件夹，或写到别处
journal-damaged = 修改记录 `{ $path }` 已损坏：{ $detail }
journal-damaged-help = 删掉它就能继续（撤销不能越过它）
journal-cannot-record = 无法把这次修改写入修改记录：{ $detail }
document-cannot-edit = 无法修改 `{ $path }`：{ $detail }
document-would-change-bytes = 修改 `{ $path }` 会连带改动其他内容（从第 { $line } 行起）
document-would-change-bytes-help = 这个文件的排版无法原样保留；请手工修改，再运行 `rectify check`

## dates, addresses, show, export

date-not-a-date = `{ $text }` 不是日期：请写成 2020-12-31；只知道月份或年份时写 2020-12 或 2020
date-no-month = `{ $text }`：没有 { $month } 月
date-no-such-day = { $date } 这一天不存在
date-year-out-of-range = { $year } 年超出范围：日期要在 { $earliest } 年到 { $latest } 年之间
address-invalid = `{ $text }` 不是有效的编号：问题写序号，如 `4`；整改措施写 `4.2` 这样的编号；子问题的整改措施写 `4.a.2`
no-finding-so-no-measure = 没有第 { $id } 个问题（也就没有整改措施 { $address }）
no-measure = 没有整改措施 { $address }
finding-has-measures = 第 { $id } 个问题有 { $count } 条整改措施：{ $addresses }
export-no-template = --format { $format } 不用模板生成；{ $option } 只适用于 md、txt 和 html
export-binary-to-terminal = { $format } 是二进制格式，不能直接显示在屏幕上：请用 -o 文件名 写入文件
export-into-data = `{ $path }` 会成为数据文件夹里的{ $file }：导出的文件不能放进数据里
export-into-data-help = 请导出到数据文件夹以外，如 `-o 通报.md`
export-the-report-file = 主文件（rectify.toml）
export-a-findings-file = 问题文件
standard-output = 标准输出

## init: the example's comments and messages

init-refused-help = rectify init 不会覆盖已有数据：请换一个新文件夹，如 `rectify init 新数据`
init-created = 已新建 { $path }：rectify.toml 和 { $findings } 个问题文件
init-next = 下一步：运行 rectify{ $data } check 检查，再运行 rectify{ $data } list 查看
init-report-head = 
    本文件是整改记录的主文件：巡察的基本情况、反馈问题所属的各个方面、整改进展情况
    通报的各部分和落款。问题及其整改措施放在 findings/*.toml，每个问题一个文件。
    改完后请运行 `rectify check` 检查。
init-report-title = 通报标题（可不填）。加上 `language = "en"` 则表格和通报用英文。
init-report-inspection = 不写 `intro = "…"` 时，通报开头一段由下面这些信息自动生成。
init-report-categories = 反馈问题所属的各个方面，按反馈意见的顺序排列；问题用 id 指明所属方面。
init-report-sections = 通报的各部分，按这个顺序编为一、二、三……
init-report-findings-here = 问题按方面列在这一部分。
init-finding-head = 
    一个问题：序号 id（即编号，如 `rectify show 1`）、所属方面的 id 和问题原文，
    然后每条整改措施一个 [[finding.measure]]（编号依次为 1.1、1.2……）。
init-finding-statuses = 状态 status 可填：done 已完成、partial 基本完成、in-progress 正在推进、ongoing 长期坚持、not-started 未启动（英文键或中文都可以）
init-finding-done = 已完成的措施要写完成时间：2021-03-01、"2021-03" 或 2021
init-finding-log = 进展记录：运行 `rectify update 2.1 --status 已完成 --note "…"` 会添加一条这样的记录。
init-finding-overdue = 已过整改时限仍未完成：`rectify list --overdue` 会列出它

## import/: reading a ledger

import-no-file = 文件不存在
import-no-file-help = 请给出 .xlsx、.xls、.ods 或 .csv 台账的路径
import-workbook-help = 请在 Excel、WPS 或 LibreOffice 里改好工作簿（或另存为 .xlsx）后再导入
import-csv-help = 请把台账另存为 .xlsx 或“CSV UTF-8”
import-unknown-kind = 既不是工作簿（.xlsx、.xls、.ods），也不是 CSV 或文本文件（.csv、.txt）
import-unknown-kind-help = 请把台账另存为 .xlsx（Excel：另存为 → Excel 工作簿）或“CSV UTF-8”
import-no-header = 前 { $rows } 行里没有找到含“问题”和“整改措施”的表头
import-no-header-sheets = 工作表 { $sheets } 的前 { $rows } 行里都没有找到含“问题”和“整改措施”的表头
import-no-header-help = 请把列名写成“问题”“整改措施”（以及“完成情况”“整改时限”等），或用 --map 问题要点=问题 指明对应关系
import-place-sheet = ，工作表“{ $sheet }”
import-place-row = ，第{ $row }行
import-column = { $letter }列
import-column-named = { $letter }列（{ $header }）
import-columns-same = { $columns } 都被当成了“{ $column }”
import-columns-same-help = 只保留其中一列，或给其他列改个表头
import-no-status-column = 没有“完成情况”（状态）列
import-no-status-column-help = 请加一列“完成情况”（已完成、正在推进、长期坚持……），或用 --map 整改进度=完成情况 指明
import-column-skipped = 这一列没有导入；如果它是台账的某一列，请用 --map { $header }=列名 指明
import-no-measures = 台账有表头，下面却没有整改措施
import-no-measures-help = 请在表头下面每条整改措施写一行
import-row-note = 当作备注，没有导入：{ $text }
import-row-category = 当作下面各行所属的方面：{ $title }
import-row-no-measure = 这一行没有“整改措施”
import-row-no-measure-help = 请填上整改措施，或删掉这一行
import-finding-continued = “问题”为空：当作上一个问题的又一条整改措施（后面的空格同样处理）
import-first-no-finding = 第一条整改措施没有对应的“问题”
import-first-no-finding-help = 请填上这条措施所整改的问题
import-status-empty = “完成情况”是空的
import-status-empty-help = 请填写状态：已完成、基本完成、正在推进、长期坚持或未启动
import-status-listing = 已完成、基本完成、正在推进、长期坚持、未启动（也认“完成整改”“正在整改”“持续整改”等）
import-status-unknown = 无法识别的状态 `{ $status }`
import-done-long-term = “完成时间”不能写“长期”
import-done-long-term-help = 请填写措施完成的日期，或留空
import-date-help = 请写成 2024-06-30、2024/6/30、2024.6.30、2024年6月30日、2024年6月底、6月底、2024年下半年这样的日期，或“长期”“立行立改”
date-help = 请写成 2024-06-30、2024/6/30、2024.6.30、2024年6月30日、2024年6月底、6月底、2024年下半年这样的日期
import-latest-no-date = “最新进展”开头没有日期（如 2021年1月5日：……）：已记入进展记录，日期记为今天 { $today }
import-year-from-title = 按标题“{ $title }”中的年份
import-year-from-dates = 按台账中多数日期的年份
import-year-this-year = 按今年
import-done-in-future = 完成时间 { $done } 还没到（今天是 { $today }）
import-done-in-future-help = 请填写措施实际完成的日期
import-date-no-year = `{ $original }` 没有写年份：{ $why }，读作 { $read }
import-date-in-year = `{ $original }`（{ $year } 年）：{ $detail }
import-date-in-year-help = 请写完整日期，如 2020年12月31日
import-row-no-category = 其他行都有“问题类别”，这一行却没有
import-row-no-category-help = 请填上这个问题所属的方面
import-same-problem = 与第 { $row } 行是同一个问题：这条措施并入该问题
grid-not-a-workbook = 无法当作工作簿读取（{ $detail }）；它真是 Excel、WPS 或 LibreOffice 保存的 .xlsx、.xls 或 .ods 吗？
grid-sheet-unreadable = 工作表 { $sheet } 读不了：{ $detail }
grid-cannot-read = 读不了：{ $reason }
grid-not-utf8 = 不是 UTF-8 编码（第 { $line } 行有无法识别的字节）；请在 Excel 里另存为“CSV UTF-8”，或用 `iconv -f GBK -t UTF-8` 转换
grid-bad-csv-line = 第 { $line } 行不是有效的 CSV：{ $detail }
grid-bad-csv = 不是有效的 CSV：{ $detail }
value-not-a-date = `{ $text }` 不是日期
value-no-day = `{ $text }`：{ $month } 月没有 { $day } 日
map-no-equals = --map `{ $arg }` 里没有 `=`：请依次写文件中的表头、`=`、台账的列名，如 --map 具体问题=问题
map-empty-header = --map `{ $arg }`：`=` 前面的表头是空的
map-unknown-column = --map `{ $arg }`：台账里没有“{ $column }”这一列；可用的列有 { $columns }

## export/: writing the notice and the ledger

template-yours = 自定义模板 `{ $path }`
template-builtin = 内置模板
template-at-line-column = （第 { $line } 行第 { $column } 列）
template-at-line = （第 { $line } 行）
template-cannot-render = { $label }{ $at }无法生成：{ $detail }
template-cannot-render-help = 请对照 docs/templates.md 检查模板；`rectify export --print-template` 可输出内置模板
export-cannot-write-csv = 无法生成 CSV：{ $detail }
export-cannot-build-docx = 无法生成 docx：{ $detail }
export-cannot-build-xlsx = 无法生成 xlsx：{ $detail }
export-cannot-write-json = 无法生成 JSON：{ $detail }
export-the-output = 输出

## --as-of (from main)

as-of-before-feedback = --as-of { $day } 早于巡察组反馈日期（{ $feedback }）：那时还没有向单位提出整改要求
as-of-before-feedback-help = 请给出 { $feedback } 当天或之后的日期

## import/: places and cells

import-place-column = { $column }
import-cell-problem = `{ $text }`：{ $why }
import-numbers-not-one-to-one = “序号”与问题不是一一对应的：问题按出现的顺序编为 1、2、3……

## load/syntax.rs: more TOML syntax errors

syntax-missing-value = TOML 格式有误：等号后面没有写值
syntax-unclosed-header = TOML 格式有误：表头缺少结尾的 `]`（如 `[[finding]]`）
syntax-unclosed-inline-table = TOML 格式有误：花括号里的表缺少结尾的 `{"}"}`
syntax-bad-array = TOML 格式有误：列表的各项之间缺少逗号，或缺少结尾的 `]`
syntax-bad-character = TOML 格式有误：文字里有不能直接写入的字符（如控制字符）
cli-not-a-number = 请写整数，如 4

## show

show-finding = 问题 { $id }
show-completed = { $completed }/{ $measures } 条措施已完成
show-file = 文件：{ $path }
show-overdue = （逾期）
show-measure = 措施 { $address } · { $status }
show-done-unrecorded = 未记载

## list: the summary line under the table

summary-status-count = { $status } { $count }
summary-head-findings = 共 { $findings } 个问题、{ $measures } 条措施
summary-head-measures = 共 { $measures } 条措施
summary-line = { $head }：{ $statuses }；完成率 { $rate }（已完成与长期坚持）；逾期 { $overdue } 条

## list: table headers

table-number = 序号
table-category = 方面
table-finding = 问题
table-measures-completed = 措施完成
table-status = 状态
table-nearest-deadline = 最近时限
table-overdue = 逾期
table-address = 编号
table-measure = 整改措施
table-owner = 责任人
table-deadline = 整改时限
table-done = 完成时间
table-overdue-mark = 逾期

## reliability: output guard, journal, links, templates

diag-more-errors = ……`{ $path }` 还有 { $count } 处错误没有列出（每个文件只列前 { $shown } 处）
diag-more-warnings = ……`{ $path }` 还有 { $count } 处警告没有列出（每个文件只列前 { $shown } 处）
output-cannot-write = 无法写入 `{ $path }`：{ $reason }
output-name-a-file = 请写一个文件名，如 `-o 通报.md`
output-symlink = 这是一个符号链接，rectify 不经由链接写入
output-symlink-help = 请写链接所指的文件，或删掉这个链接
output-not-regular = 这不是普通文件
output-name-a-regular-file = 请写一个普通文件的文件名，如 `-o 通报.md`
output-inside-state = `.rectify/` 里的文件（rectify 自己的状态）
edit-changed-while-writing = 写入时 `{ $path }` 被改动了（手工修改或同步工具所致），这次没有写入任何内容
edit-changed-while-writing-help = 请再运行一次这条命令：它会从文件现在的内容开始
edit-outside-data = `{ $path }` { $what }，而 rectify 只在数据文件夹内写入
edit-outside-data-help = 请把文件复制到数据文件夹里，替换这个链接
edit-not-inside-data = 不在数据文件夹内
edit-link-to-nothing = 是指向不存在文件的链接
edit-link-outside = 是指向数据文件夹以外 `{ $target }` 的链接
edit-link-not-regular = 是指向 `{ $target }` 的链接，而它不是普通文件
edit-not-regular = `{ $path }` 不是普通文件
undo-file-changed = 无法撤销第 { $seq } 次修改：`{ $path }` 之后又被手工或其他程序改过
history-damaged = { $detail }；删掉它就能继续
template-not-regular = 模板 `{ $path }` 不是普通文件
template-not-regular-help = 请给出模板文件，如用 `rectify export --print-template` 保存的文件
template-too-large = 模板 `{ $path }` 超过 { $limit } MB
template-too-large-help = 请给出模板文件本身，如用 `rectify export --print-template` 保存的文件

## reliability: journal entries and runaway templates

journal-path-outside = 其中的路径 `{ $path }` 在数据文件夹以外
journal-number-too-high = rectify 不会给记录编这么大的号
template-output-too-large = { $label }已中止生成：输出超过 { $limit } MB
template-output-too-large-help = 模板里的循环可能失控了；如果通报确实这么大，请把 { $variable } 设为更大的 MB 数
template-out-of-fuel = { $label }已中止生成：运行时间远远超过生成这份通报所需
template-out-of-fuel-help = 模板里的循环可能失控了（对很大的数做 `range`、循环套循环）；请检查模板里的循环
xlsx-cell-too-long = 整改措施 { $address }（{ $column }）有 { $count } 个字，超过 Excel 单元格的容量（32,767 个字）；请缩短，或导出为 md、docx 或 csv

## office: fix-punctuation

cmd-fix-punctuation-about = 把数据文件里中文语境的半角标点改成全角（，；：！？（）），引号里的引号改成 ‘’，与导出的材料一致
cmd-fix-punctuation-examples = 
    示例：
      rectify fix-punctuation --dry-run
      rectify fix-punctuation
arg-fix-punctuation-dry_run = 只显示将要做的改动，不写入文件
fix-punctuation-journal = { $path }：标点已改为全角
fix-punctuation-nothing = 无需修改：中文文字里没有半角标点
fix-punctuation-done = 已改好 { $files } 个文件里的 { $texts } 段文字（可用 `rectify undo` 撤销）
punctuation-lint = 中文文字里有 { $marks } 个半角标点（涉及 { $files } 个文件）
punctuation-lint-help = 导出的材料会把它们印成全角（，；：（））；`{ $rectify } fix-punctuation` 可以把数据里的也改成全角，想保留原样就在 [notice] 里写 `punctuation = "as-written"`

## import: the command (dry run, notes, check before writing)

import-skipped = 有 { $count } 行或工作表没有导入（标题、备注、表尾、其他工作表）：用 --dry-run 可以查看
import-would-not-pass = 由 { $source } 生成的数据文件夹通不过 `check`（没有写入任何内容）；问题如下，按它将要包含的文件列出：
import-check-notes = 请对照台账核对上面 { $count } 条说明里推断的内容（年份、状态、拆分的措施、保留文字的整改时限）
import-dry-columns = 各列：
import-dry-columns-of = 工作表 { $sheet } 的各列：
import-dry-title = 标题：{ $title }
import-dry-unit = 单位：{ $unit }
import-dry-no-unit = 单位：（没有找到，请写在 rectify.toml 里）
import-dry-would = 将导入 { $categories } 个方面、{ $findings } 个问题、{ $measures } 条整改措施：
import-dry-measures = { $count } 条措施
import-dry-skipped-none = 没有导入的：无
import-dry-skipped = 没有导入的：
import-dry-nothing-written = 没有写入任何内容（--dry-run）
arg-import-sheet = 只读工作簿里的这个工作表（默认读每个有台账表头的工作表）
arg-import-dry_run = 只显示将要生成的内容（读到的列、方面、问题、跳过的行），不写入文件

## import (the reworked reader)

import-sheet-on-text = --sheet 指的是工作簿里的工作表，而这是一个文本文件
import-sheet-on-text-help = 请去掉 --sheet
import-sheet-unreadable = 读不了（{ $why }）：没有读取
import-sheet-no-header = 里面没有台账表头（“问题”和“整改措施”）：没有读取
import-sheets-as-categories = 有 { $count } 个工作表是台账（{ $sheets }）：各表按表名作为所属方面读取，表内各行写了方面的除外
import-control-characters = 有看不见的控制字符：软回车（Excel 的 _x000B_）已改成换行，其余已删去
import-cell-too-long = 这个单元格有 { $chars } 个字，超过了单元格的上限 { $limit } 个字
import-cell-too-long-help = 请缩短；或把长文放在文档里，在“佐证材料”里写明
import-read-as-encoding = 按 { $encoding } 编码读取
import-status-words = 内容是状态（已完成、正在推进……）：当作“完成情况”读取
import-status-column-empty = 每一行都是空的：当作没有“完成情况”列
import-no-status-column-not-started = 没有“完成情况”（状态）列：每条措施都按“未启动”导入；请用 `rectify update 编号 --status …` 逐条改正
import-column-passed-over = 没有导入：读的是 { $taken }；要读这一列，请用 --map { $header }=列名 指明
import-not-imported = 不导入
import-footer = 表尾，不导入：{ $text }
import-header-again = 重复的表头，不导入
import-statuses-or-progress = 可用的状态有 { $statuses }；如果这一列写的是进展而不是状态，请用 --map { $header }=最新进展 作为进展导入
import-done-not-a-day = “完成时间”不能写 `{ $text }`
import-numbered-measures = 分条写了 { $count } 条措施：每条各作为一条整改措施导入
import-progress-no-date = 进展开头没有日期（如 2021年1月5日：……）：作为未注明日期的进展记入
import-year-from-filled = 按“填报时间”的年份
import-same-problem-as = 与 { $place } 是同一个问题：这条措施并入该问题
grid-too-far = 工作表 { $sheet } 的 { $cell } 有内容，超出了台账可用的 { $columns } 列、{ $rows } 行；请删掉表格以外的行和列（选中后 → 删除）再保存
grid-no-such-sheet = 没有名为 { $sheet } 的工作表；现有的工作表：{ $sheets }

## import (the reworked reader): more

grid-merged-overlap = { $sheet }：合并单元格相互重叠；请取消合并（开始 → 合并后居中 → 取消单元格合并），每个区域只合并一次
grid-the-table = 表格
grid-unpacks-too-large = 解压后有 { $size } MB，超过台账的上限 { $limit } MB；请用 Excel 或 WPS 打开，删掉台账以外的内容后再保存
grid-repeats-too-far = 有单元格或行重复到台账可用的 { $columns } 列、{ $rows } 行以外；请删掉表格以外的行和列后再保存
grid-bad-bytes-after-bom = 开头标明是 { $encoding } 编码，后面却有不符合的字节
grid-unknown-encoding = 既不是 UTF-8、UTF-16 编码，也不是 GBK 编码（第 { $line } 行有无法识别的字节）；请用 Excel 或 WPS 打开，另存为 .xlsx 或“CSV UTF-8”
grid-too-large = 有 { $size } MB，超过台账的上限 { $limit } MB
grid-value-too-far = 第 { $row } 行 { $column } 列有内容，超出了台账可用的 { $columns } 列、{ $rows } 行
import-above-header = 表头上方的内容，不导入：{ $text }
import-note-row = 备注，不导入：{ $text }
import-deadline-immediate = `{ $original }`：立即整改，没有具体日期；以文字记在 deadline_note（知道反馈日期后再补上 `deadline`）
import-deadline-period = `{ $original }`（{ $period }）按最后一天读作 { $end }
import-deadline-in-words = { $why }：以文字记在 deadline_note；有了具体日期再写进 `deadline`

## import: comments in the files it writes

import-file-head = 
    问题及整改措施在 findings/*.toml。导出通报之前，请写好开头一段（`intro`，
    或 [inspection] 里的巡察信息）、正文各部分和结尾；台账（xlsx、csv）可以直接导出。
import-file-inspection-hint = authority、group、unit_full、start、end、feedback：写法见 `rectify init --example reference`

## import: dry run's header line

import-dry-header-on = 表头在{ $rows }
import-place-row-only = 第 { $row } 行
import-rows = 第 { $first }–{ $last } 行
history-command = rectify { $command }

## issue 15: notices of every shape, the plan
finding-file-empty-yet = 这个文件里还没有问题记录
finding-no-measures-yet = 这个问题还没有整改措施
findings-dir-missing-yet = `{ $path }` 不存在：还没有问题记录
sub-duplicate = 这个问题里的子问题 `{ $id }` 写了两次
sub-duplicate-help = 每个 [[finding.sub]] 用一个不同的字母
sub-bad-id = 子问题编号 `{ $id }` 不是 a 到 z 中的一个字母
sub-bad-id-help = 请写 `id = "a"`、`id = "b"`……：这个字母就是它的编号（4.a，其整改措施为 4.a.1），不会改变
sub-no-measures = 这个子问题还没有整改措施
sub-no-measures-help = 请为每条整改措施加一个 [[finding.sub.measure]]，写上 `text` 和 `status`
section-paragraph-text-and-insert = 这个 [[section.paragraph]] 同时写了 `text` 和 `insert`
section-paragraph-text-and-insert-help = 只写其一：`text = "…"`（一段文字），或 `insert = "findings"` / `insert = "statistics"`（问题或统计句放在这里）；两样都要就分成两个 [[section.paragraph]]
section-untitled-numbered = 没有标题的部分不能编号
section-untitled-numbered-help = 请加上 `title = "…"`，或删掉 `numbered`（没有标题的部分只印出其中的段落）
figure-shadows-count = [notice.figures] 里的数字 `{ $key }` 与内置的 { $placeholder } 同名
figure-shadows-count-help = { $placeholder } 由 rectify 统计（或取自 [inspection]）；请给这个数字换个名字，如 `{ $key }_published = "…"`，或删掉它以印出内置的值
text-placeholder-unknown = { $place }写了 { $placeholder }，它不是统计数、基本情况或 [notice.figures] 里的数字
text-placeholder-unknown-help = 可用的名称见 docs/notice-settings.md；不认识的名称按原样印出
text-placeholder-unknown-near = 是不是 { $near }？可用的名称见 docs/notice-settings.md；不认识的名称按原样印出
place-intro = rectify.toml 的开头一段（intro）
place-section-paragraph = 这一部分的一段文字
place-section-point = 这一部分的一条要点
place-finding = 这个问题
place-measure = 这条整改措施
place-sub = 这个子问题
place-closing = rectify.toml 的结尾（[closing]）
place-plan = rectify.toml 的 [plan]
no-sub-problem = 第 { $id } 个问题没有子问题 { $sub }
sub-problems-are = 它的子问题有：{ $subs }
no-sub-problems = 第 { $id } 个问题没有子问题
sub-has-measures = 子问题 { $sub } 有 { $count } 条整改措施：{ $addresses }
plan-formats = --kind plan 只能导出 md、docx 或 xlsx，不能导出 { $format }
arg-export-kind = 导出哪一种文件：整改进展情况通报，或整改方案
value-kind-notice = 整改进展情况通报（md、txt、html、docx）、整改台账（xlsx、csv）或全部数据（json）
value-kind-plan = 整改方案：md、docx 或 xlsx

## 整改日常工作：按日期记进展、延期、销号、修改和删除、方面、清单（issue 16）

cli-unknown-status-near = 没有 `{ $status }` 这个状态，是不是 `{ $near }`？可用的状态有 { $statuses }
date-immediate = `{ $text }` 不是日期：请写出具体哪一天
date-no-year = `{ $text }` 没有年份：请写上年份，如 2024年6月30日
date-with-help = { $why }；{ $help }
record-in-future = { $what }的日期 { $date } 在今天之后
record-in-future-help = 请写今天或之前的日期
signoff-before-feedback = 销号日期 { $date } 早于巡察反馈日期（{ $feedback }）
signoff-before-feedback-help = 请核对销号的 `date`
log-no-date-undated-help = 请加上 `date = 2020-12-31`（不加引号）：状态变化和延期都要写日期，只有单纯的 `note` 可以不写日期
extension-without-deadline = 有 `deadline_original` 却没有 `deadline`
extension-without-deadline-help = `deadline_original` 记的是延期前最初的整改时限：请写上新的 `deadline`，或删去它
extension-not-later = 整改时限 { $deadline } 不晚于原定整改时限 { $original }
extension-not-later-help = 延期是把整改时限往后推：请核对 `deadline` 和 `deadline_original`
what-removal = 删除记录（`removed`）
what-signoff = 销号（`signoff`）
what-reopening = 取消销号记录（`reopened`）
load-no-findings-yet = 还没有问题：`{ $path }` 里没有 .toml 文件
load-no-findings-yet-help = 用 `{ $rectify } add finding --title … --measure …` 添加一个问题（或添加 findings/01.toml 这样的文件）
syntax-unquoted-date-help = 日期请写成 `"{ $date }"`（加引号）或 { $iso }
summary-closed = 已销号 { $count } 个问题
summary-done-late = 逾期完成 { $count } 条
summary-extended = 延期 { $count } 条
table-department = 责任部门
table-done-late-mark = 逾期完成
table-closed = 已销号
table-extended = { $deadline }（延期，原定{ $original }）
list-no-such-column = --columns：没有 `{ $name }` 这一列；可选的列有 { $columns }
added-finding-measures = 已新增第 { $id } 个问题及整改措施 { $id }.1–{ $id }.{ $count }，写在 { $path }
add-category-exists = 已经有方面 `{ $id }`
add-category-exists-help = 现有的方面：{ $ids }；请给新方面另起一个 id
add-category-none = 这些问题都没有方面，不能再添加方面
add-category-none-help = 一份记录要么每个问题都有方面，要么都没有：请先手工给每个问题写上 `category`
add-category-not-a-list = { $path } 里的 `category` 不是一组 [[category]] 表
journal-added-category = 方面 { $id }：+ { $title }
added-category = 已添加方面 { $id }（{ $title }），写在 { $path }
show-signoff = 已销号：{ $date } { $by }，{ $opinion }
show-signoff-reason = 理由：{ $reason }
show-reopened = 取消销号：{ $date } { $reason }
show-done-late = （逾期完成）
show-extended = { $deadline }（延期，原定 { $original }）
show-removed-measure = 措施 { $address } · 已删除 { $date } { $reason }
show-undated = （未注明日期）
show-log-extended = 延期至 { $deadline }
show-log-extended-because = 延期至 { $deadline }：{ $reason }
update-done-long-term = --done 要写日期：“长期”（没有完成日期）只能用于整改时限
journal-extended = 延期
journal-long-term = 长期
flag-empty = { $flag } 不能为空
close-already = 问题 { $id } 已于 { $date } 由 { $by } 销号
close-already-help = 要重新销号，先用 `rectify reopen { $id } --reason …` 取消原来的销号
close-open-measure = { $address }（{ $status }）
close-open-measures = 问题 { $id } 不能销号：整改措施 { $measures } 尚未完成
close-open-measures-help = 先完成这些措施（`rectify update 编号 --status 已完成`），或加 --force --reason 理由 强行销号
close-no-evidence = 问题 { $id } 不能销号：没有佐证材料
close-no-evidence-help = 用 --evidence 写明销号的佐证材料，或加 --force --reason 理由 强行销号
journal-closed = { $id } 销号：{ $date } { $by } { $opinion }
closed = 问题 { $id } 已销号（{ $date }，{ $by }）
reopen-no-reason = --reason 要写明取消销号的理由
reopen-not-closed = 问题 { $id } 尚未销号
reopen-not-closed-help = 只有已销号的问题才能取消销号
journal-reopened = { $id } 取消销号 { $date }（原于 { $closed } 由 { $by } 销号）：{ $reason }
reopened = 问题 { $id } 已取消销号
edit-nothing-given = 没有要改的内容：改整改措施用 --text，改问题或子问题用 --title、--description，改问题的所属方面用 --category
edit-finding-options-on-measure = --title、--description 和 --category 改的是问题：请写问题序号（{ $id }），不要写整改措施编号
edit-text-on-finding = --text 改的是整改措施：请写整改措施编号（{ $id }.1、{ $id }.2……）
edit-unchanged = 无需修改：{ $address } 已经是这样
edited = 已修改 { $address }：{ $changes }
remove-no-reason = --reason 要写明删除的理由
removed-measure = 整改措施 { $address }
removed-finding = 问题 { $address }
journal-removed = { $address } 删除 { $date }：{ $reason }
removed = 已删除{ $what }（{ $reason }）；它的编号保留，不会再用
finding-removed = 问题 { $id } 已于 { $date } 删除（{ $reason }）
finding-removed-help = 删除的问题保留序号，这个序号不会再用
measure-removed = 整改措施 { $address } 已于 { $date } 删除（{ $reason }）
measure-removed-help = 删除的整改措施保留编号；如果删除是最近一次修改，`rectify undo` 可以撤销
signoff-open-measures = 问题 { $id } 已销号，但整改措施 { $measures } 尚未完成
signoff-no-evidence = 问题 { $id } 已销号，但没有佐证材料
signoff-unjustified-help = 取消销号（`{ $rectify } reopen 序号 --reason …`），或在销号里写明 `reason`
init-created-empty = 已新建 { $path }：rectify.toml（请修改其中的巡察情况和方面）和空的 findings/
init-next-empty = 下一步：rectify{ $data } add category --id 标识 --title 名称，再 rectify{ $data } add finding --category 标识 --title 问题 --measure 整改措施
arg-quiet = 不显示警告，只显示错误
cli-value-DAYS = 天数
cli-value-KEY = 排序依据
cli-value-GROUP = 分组
arg-list-department = 只看责任部门含有这段文字的整改措施
arg-list-due_within = 只看这么多天内到期、尚未完成的整改措施（含已逾期的）
arg-list-due_before = 只看在这一天或之前到期、尚未完成的整改措施
arg-list-sort = 按这一项排序
arg-list-columns = 只显示这些列（写列名，可重复，也可用逗号分隔），如 编号,状态
arg-update-date = 这次进展发生的日期，记入进展记录（默认今天）
arg-update-reason = 延期的理由
arg-add-finding-owner = 各条整改措施的责任人
arg-add-finding-department = 各条整改措施的责任部门
arg-add-finding-deadline = 各条整改措施的整改时限
cmd-add-category-about = 在 rectify.toml 里新增一个方面，排在最后
cmd-add-category-examples =
    示例：
      rectify add category --id conduct --title 作风建设方面
arg-add-category-id = 方面的 id，问题的 `category` 写这个
arg-add-category-title = 方面的名称，照通报的写法
arg-add-category-dry_run = 只显示将要做的改动，不写入文件
cmd-edit-about = 修改问题的原文、补充说明或所属方面，或整改措施的内容
cmd-edit-examples =
    示例：
      rectify edit 4 --title 落实主体责任不力
      rectify edit 4.2 --text "修订差旅费管理办法" --dry-run
arg-edit-address = 问题序号（4）、子问题编号（4.a）或整改措施编号（4.2、4.a.2）
arg-edit-text = 整改措施的新内容
arg-edit-title = 问题或子问题的新原文
arg-edit-description = 问题或子问题新的补充说明（写空文字即删去）
arg-edit-category = 问题新的所属方面（写方面的 id）
arg-edit-dry_run = 只显示将要做的改动，不写入文件
cmd-remove-about = 删除一个问题或一条整改措施，留下删除记录，编号不再使用
cmd-remove-examples =
    示例：
      rectify remove 2.3 --reason 重复
      rectify remove 9 --reason 并入问题8
arg-remove-address = 问题序号（4）、子问题编号（4.a）或整改措施编号（4.2、4.a.2）
arg-remove-reason = 删除的理由（记在删除记录里）
arg-remove-date = 删除的日期（默认今天）
arg-remove-dry_run = 只显示将要做的改动，不写入文件
cmd-close-about = 给问题销号：记下审批人、日期、审批意见和佐证材料
cmd-close-examples =
    示例：
      rectify close 1 --by 局党组书记 --opinion 同意销号 --evidence 整改报告
      rectify close 2 --by 局党组 --opinion 同意销号 --force --reason 长期坚持类措施已建立机制
arg-close-finding = 问题序号
arg-close-by = 审批人
arg-close-opinion = 审批意见
arg-close-date = 销号日期（默认今天）
arg-close-evidence = 销号的佐证材料（可重复）
arg-close-force = 整改措施未全部完成或没有佐证材料时也销号（须写 --reason）
arg-close-reason = 强行销号的理由
arg-close-dry_run = 只显示将要做的改动，不写入文件
cmd-reopen-about = 取消问题的销号
cmd-reopen-examples =
    示例：
      rectify reopen 1 --reason 复查发现问题反弹
arg-reopen-finding = 问题序号
arg-reopen-reason = 取消销号的理由
arg-reopen-date = 取消销号的日期（默认今天）
arg-reopen-dry_run = 只显示将要做的改动，不写入文件
arg-init-empty = 新建一份还没有问题的记录（rectify.toml 和空的 findings/），再用 `rectify add category`、`rectify add finding` 填写
remove-last-measure = 整改措施 { $address } 是问题 { $id } 的最后一条整改措施
remove-last-measure-help = 请删除整个问题（`rectify remove { $id } --reason …`），或先添加新的整改措施

## A root of units (rectify-root.toml, --root, --unit) and the office's commands

arg-root = 单位汇总目录（每个子文件夹是一个单位的数据文件夹，可放一个 rectify-root.toml 列出各单位）；不写时依次用 RECTIFY_ROOT、当前文件夹或最近的含 rectify-root.toml 的上级文件夹
arg-unit = 汇总目录中的一个单位（子文件夹名或单位名称）；指定后命令只处理该单位，与 --data 指定其数据文件夹相同
cmd-units-about = 巡察办查看各单位整改进展，每个单位一行（完成率、逾期、检查结果等）
cmd-units-examples =
    示例：
      rectify --root 第三轮巡察 units
      rectify units --sort completion
      rectify units --sort overdue --format xlsx -o 各单位进展.xlsx
      rectify --unit 区民政局 list
arg-units-sort = 排序依据：root（按汇总目录的顺序，默认）、completion（完成率低的在前）、overdue（逾期多的在前）
arg-units-format = 输出格式：table（表格）、csv、json、xlsx
arg-units-output = 写入这个文件（整体替换），不输出到屏幕
unit-label = { $display }（{ $name }）
root-found = 使用单位汇总目录 { $path }（其中有 rectify-root.toml）
root-not-found = 没有找到单位汇总目录（含 { $file } 的文件夹）
root-not-found-help = 用 --root 指定汇总目录（或设置 RECTIFY_ROOT），或在汇总目录及其下级文件夹中运行
root-cannot-open = 无法打开单位汇总目录 { $path }：{ $reason }
root-cannot-open-help = 请检查 --root（或 RECTIFY_ROOT）指定的文件夹是否存在
root-no-units = { $path } 中没有单位的数据文件夹
root-no-units-help = 单位汇总目录的每个子文件夹是一个单位，内有 { $file }；可在汇总目录放一个 { $root } 列出各单位
root-is-a-record-help = { $path } 本身是一个单位的数据文件夹：请用 --data 指定它
root-unit-not-listed = 子文件夹 { $unit } 是单位的数据文件夹，但 rectify-root.toml 中没有列出，已排在所列单位之后
root-unit-not-listed-help = 在 rectify-root.toml 中加一段 [[unit]]，写 dir = "{ $unit }"
root-folder-not-a-record = { $path } 中没有 { $file }，不是单位的数据文件夹，已跳过
root-folder-not-a-record-help = 如果它是一个单位，用 `rectify init` 在其中新建数据文件夹；否则在 { $file } 中用 [[unit]] 列出各单位，未列出的文件夹不再提示
root-unit-dir-not-plain = 单位文件夹“{ $dir }”不是汇总目录下的子文件夹名
root-unit-dir-not-plain-help = dir 只写子文件夹的名称，如 dir = "minzheng"，不含 / 或 ..
root-unit-missing = 单位文件夹 { $dir } 在 { $root } 中不存在
root-unit-missing-help = 改正 dir，或删去这段 [[unit]]；其余单位照常处理
root-unit-name-twice = 单位名称“{ $name }”用了两次
root-unit-name-first = 第一次在这里
root-unit-name-twice-help = 每个单位的文件夹名和名称（name）都不能与其他单位相同，否则 --unit 无法确定是哪个单位；后一个已跳过
root-no-such-unit = { $root } 中没有单位“{ $unit }”
root-units-are = 现有单位：{ $units }
root-units-more = 另有 { $count } 个
root-needs-unit = rectify { $command } 只处理一个单位的整改记录，{ $root } 是单位汇总目录：请用 --unit 指定单位
unit-not-for-new-folder = --unit 用于汇总目录中已有的单位；新建数据文件夹请用 --data 或在命令后写文件夹名
units-col-unit = 单位
units-col-findings = 问题
units-col-measures = 措施
units-col-completed = 已完成
units-col-rate = 完成率
units-col-overdue = 逾期
units-col-days = 最近进展距今（天）
units-col-closed = 已销号
units-col-check = 检查
units-check-ok = 通过
units-check-warnings = { $warnings } 处警告
units-check-errors = { $errors } 处错误{ $warnings ->
        [0] {""}
       *[other] ，{ $warnings } 处警告
    }
units-total = 共 { $units } 个单位：问题 { $findings } 个，措施 { $measures } 条，已完成 { $completed } 条，完成率 { $rate }，逾期 { $overdue } 条，已销号 { $closed } 个
units-total-broken = ；{ $count } 个单位数据有误，未计入：{ $units }
units-with-errors = 以下数据有错误，表中未计入：{ $units }
units-with-errors-help = 在单位汇总目录中运行 `rectify check`，可看到每处错误所在的文件、行和列；改正后再运行 `rectify units`
units-workbook-title = { $round }各单位整改进展汇总
units-workbook-title-plain = 各单位整改进展汇总
check-root-file-heading = 汇总目录文件 { $path }：
check-unit-heading = 单位 { $unit }：
check-unit-ok = { $unit }：检查通过，共 { $categories } 个方面、{ $findings } 个问题、{ $measures } 条整改措施{ $warnings ->
        [0] {""}
       *[other] ，另有 { $warnings } 处警告
    }
check-root-ok = { $units } 个单位全部检查通过
check-root-failed = { $units } 个单位中 { $ok } 个检查通过；有错误的：{ $failed }
check-root-failed-help = 按上面各单位列出的文件、行和列改正后，再运行 `rectify check`；也可用 `rectify --unit 单位 check` 只检查一个单位
export-root-needs-unit = 单位汇总目录只能导出 xlsx 汇总台账；要导出 { $format } 格式，请用 --unit 指定一个单位
export-root-partial = 已导出汇总台账，但 { $count } 个单位数据有误，未生成其台账工作表：{ $units }
export-root-partial-help = 按上面列出的文件、行和列改正后重新导出；汇总表中这些单位标为有错误
root-file-has-errors = { $file } 有错误（见上），请改正后再运行

## 情况报告

cmd-report-about = 生成一段时间的整改工作情况报告，或给责任部门的催办通知
cmd-report-examples =
    示例：
      rectify report
      rectify report --last-month --by department
      rectify report --since 2020-11-01 --until 2020-11-30 --format docx -o 情况报告.docx
      rectify report --remind --department 办公室 --format docx -o 催办通知-办公室.docx
arg-report-since = 报告期的第一天（如 2020-11-01；写月份如 2020-11 即从该月1日起）；也可写数据文件夹的 git 版本（如上次通报时打的标签），从那一版的日期算起，“本期完成”只算那一版里尚未完成的措施。不写报告期时为本月1日至今天
arg-report-until = 报告期的最后一天（默认今天；写月份即到该月最后一天）
arg-report-week = 本周（周一至今天）
arg-report-month = 本月（1日至今天，默认）
arg-report-last_week = 上周（周一至周日）
arg-report-last_month = 上月（1日至月末）
arg-report-due_within = 即将到期：报告期结束后这么多天内到期的未完成整改措施
arg-report-sort = 在单位汇总目录上生成汇总报告时各单位的排列顺序：completion（完成率低的在前，默认）、overdue（逾期多的在前）或 root（按汇总目录的顺序）
arg-report-by = 增加按责任部门或按责任人的统计
arg-report-remind = 生成催办通知（不生成报告）：每个责任部门一份（加 --by owner 或 --owner 时每个责任人一份）
arg-report-department = 只生成给这个责任部门的催办通知（写全称，与记录中一致）
arg-report-owner = 只生成给这个责任人的催办通知（与记录中一致）
arg-report-format = 输出格式
arg-report-output = 写入这个文件（整体写入，不会留下半截文件），不写则输出到屏幕（`-o -` 也是输出到屏幕）
arg-report-as_of = 按这一天的记录生成；也可写数据文件夹的 git 版本（标签如 v1、提交号、HEAD~3），按那一版的记录生成；报告期从那一天算起
value-report-format-terminal = 在屏幕上显示，按屏幕宽度排版
value-report-format-md = 报告，Markdown 格式
value-report-format-html = 独立的网页，含完成趋势图
value-report-format-docx = 符合 GB/T 9704 的 Word 文档
value-report-format-xlsx = Excel 工作簿，含完成趋势图
value-report-format-json = 报告数据，供其他程序使用
report-period-reversed = 报告期的结束日（{ $until }）早于开始日（{ $since }）：请核对 --since 和 --until
report-period-future = 报告期从 { $since } 开始，晚于今天（{ $today }），还没有记录
report-no-department = 没有责任部门为“{ $name }”的整改措施
report-departments-are = 记录中的责任部门：{ $names }
report-no-owner = 没有责任人为“{ $name }”的整改措施
report-owners-are = 记录中的责任人：{ $names }
report-none-named = 尚未填写
report-before-feedback = 报告期截至 { $until }，早于巡察组反馈日期（{ $feedback }）：那时还没有向单位提出整改要求
report-before-feedback-help = 请让报告期在 { $feedback } 当天或之后结束

## 子问题的修改、删除、销号（4.a、4.a.2）
edit-text-on-sub = --text 改的是整改措施：请写子问题 { $sub } 下的整改措施编号（{ $sub }.1、{ $sub }.2……）
edit-category-on-sub = 子问题没有自己的所属方面：{ $sub } 随第 { $id } 个问题（改用 `rectify edit { $id } --category …`）
remove-last-sub-measure = 整改措施 { $address } 是子问题 { $sub } 的最后一条整改措施
remove-last-sub-measure-help = 请删除整个子问题（`rectify remove { $sub } --reason …`），或先添加新的整改措施（`rectify add measure { $sub } --text …`）
remove-last-sub = 第 { $id } 个问题的整改措施都在子问题 { $sub } 下，不能删除
removed-sub = 子问题 { $address } 及其整改措施
sub-removed = 子问题 { $sub } 已于 { $date } 删除（{ $reason }）
sub-removed-help = 删除的子问题保留字母编号，不会再用；如果删除是最近一次修改，`rectify undo` 可以撤销
show-sub = 子问题 { $sub } · { $title }
show-removed-sub = 子问题 { $sub }（{ $title }）· 已删除 { $date } { $reason }
cli-finding-number-only = 这里以整个问题为单位（销号也按整个问题办理，连同其子问题）：请写问题序号 { $id }，不写 `{ $address }`
cli-measure-group-only = 新的整改措施加在问题（{ $group }）或子问题下，不能加在整改措施 { $address } 下

## import: a reader's message about the whole file, after its name
import-file-says = { $path }：{ $what }

## report across the units of a root (巡察办的汇总报告)
report-root-option-needs-unit = { $option } 只对一个单位的台账有意义，在单位汇总目录上请用 --unit 指定单位
report-root-partial = 已写出汇总报告，但 { $count } 个单位数据有误，未计入：{ $units }
report-root-partial-help = 按上面各单位列出的文件、行和列改正后重新生成报告；报告中已点名这些单位
report-unit-no-revision = 单位 { $unit }：找不到版本“{ $revision }”（{ $reason }），按 { $since } 起计
report-remind-unassigned-department = 另有 { $count } 条逾期或即将到期的整改措施没有写责任部门，未列入催办通知：{ $addresses }；可用 `rectify update 编号 --department 部门` 补上
report-remind-unassigned-owner = 另有 { $count } 条逾期或即将到期的整改措施没有写责任人，未列入催办通知：{ $addresses }；可用 `rectify update 编号 --owner 姓名` 补上
report-revision-not-in-unit = 该单位的文件夹里没有这个版本
report-unit-before-feedback = 单位 { $unit }：巡察组反馈日期为 { $feedback }，晚于报告期，未计入
