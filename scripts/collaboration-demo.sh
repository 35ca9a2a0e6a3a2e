#!/usr/bin/env bash
# docs/collaboration.md, tried end to end on one machine: a "server" of bare git repositories
# (standing in for Gitea/GitLab), one repository per unit, two clerks of one unit and the
# inspection office (巡察办). Prints every command and what it printed; docs/collaboration.md
# shows this output. Fails (exit 1) when a step does not behave as the document says.
#
#   scripts/collaboration-demo.sh [path/to/rectify]
#
# Needs git. Touches nothing outside a temp folder: git's user configuration is replaced by
# a file in that folder (GIT_CONFIG_GLOBAL), so the user's own is neither read nor changed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rectify="${1:-$here/target/debug/rectify}"
[ -x "$rectify" ] || { echo "build rectify first (cargo build), or pass its path" >&2; exit 1; }
# Every step runs in another folder: the program's path must not be relative.
rectify="$(cd "$(dirname "$rectify")" && pwd)/$(basename "$rectify")"
command -v git >/dev/null || { echo "skipped: git is not installed" >&2; exit 0; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global init.defaultBranch main
git config --global core.quotepath false
git config --global advice.detachedHead false
git config --global pull.rebase false
# Fixed times, so the commit ids (and this output) are the same on every run.
export GIT_AUTHOR_DATE="2021-03-01T09:00:00+08:00" GIT_COMMITTER_DATE="2021-03-01T09:00:00+08:00"
export RECTIFY_TODAY=2021-03-01 COLUMNS=100 NO_COLOR=1
unset RECTIFY_DATA RECTIFY_LANG LC_ALL LANG || true

rectify() { "$rectify" "$@"; }
# Runs a command in a folder, printing it as a clerk would type it, then its output.
step() {
  local dir="$1"; shift
  echo "[$dir] \$ $*"
  (cd "$work/$dir" && "$@") 2>&1 | sed -e "s|$work/||g" -e 's/^/    /'
  return "${PIPESTATUS[0]}"
}
who() { git config user.name "$1"; git config user.email "$2@example.org"; }
fail() { echo "demo: $*" >&2; exit 1; }

mkdir -p "$work/server" "$work/甲" "$work/乙" "$work/巡察办"

echo "== 1. 巡察办在服务器上为每个被巡察单位建一个仓库（这里用本机的裸仓库代替 Gitea）"
step server git init -q --bare 民政局.git
step server git init -q --bare 财政局.git

echo
echo "== 2. 民政局的甲建立整改记录，提交并推送；公布通报时打标签"
step 甲 rectify init 民政局
(cd "$work/甲/民政局" && git init -q && who 甲 jia)
step 甲/民政局 git remote add origin ../../server/民政局.git
step 甲/民政局 cat .gitignore
step 甲/民政局 git add -A
step 甲/民政局 git commit -q -m "整改记录：公布的通报"
step 甲/民政局 git tag -a 通报-1 -m "第一次公布的整改进展情况"
step 甲/民政局 git push -q -u origin main 通报-1

echo
echo "== 3. 乙把同一仓库取到自己的电脑上"
step 乙 git clone -q ../server/民政局.git
# git stores a clone's remote as a full path; the relative one keeps this output the same on
# every machine (on a real server it is the https:// address Gitea shows).
(cd "$work/乙/民政局" && who 乙 yi && git remote set-url origin ../../server/民政局.git)

echo
echo "== 4. 两人同时更新同一个问题下的不同措施：甲改 1.1，乙改 1.2"
export GIT_AUTHOR_DATE="2021-03-02T10:00:00+08:00" GIT_COMMITTER_DATE="2021-03-02T10:00:00+08:00" RECTIFY_TODAY=2021-03-02
step 甲/民政局 rectify --data . update 1.1 --status 已完成 --note 年度学习计划已印发
step 甲/民政局 git commit -q -am "1.1 学习计划已印发"
step 乙/民政局 rectify --data . update 1.2 --evidence 学习台账 --note 补充佐证材料
step 乙/民政局 git commit -q -am "1.2 补充佐证材料"
step 甲/民政局 git push -q
echo "    （乙推送时，服务器上已有甲的提交：先拉取合并）"
step 乙/民政局 git push -q && fail "the second push must be refused until 乙 pulls" || true
step 乙/民政局 git pull -q --no-edit || fail "different measures must merge without a conflict"
step 乙/民政局 rectify --data . check -q
step 乙/民政局 git push -q
step 乙/民政局 git log --oneline --graph

echo
echo "== 5. 巡察办取回单位的记录，查看进展，与上次公布的版本比较"
step 巡察办 git clone -q ../server/民政局.git
(cd "$work/巡察办/民政局" && who 巡察办 office && git remote set-url origin ../../server/民政局.git)
step 巡察办/民政局 rectify --data . list --measures --columns 编号,状态,整改时限,责任部门
step 巡察办/民政局 rectify --data . list --measures --columns 编号,状态,整改时限,责任部门 --as-of 通报-1
step 巡察办/民政局 git log --oneline 通报-1..main

echo
echo "== 6. 冲突：甲、乙同时改了同一条措施 2.2"
export GIT_AUTHOR_DATE="2021-03-03T11:00:00+08:00" GIT_COMMITTER_DATE="2021-03-03T11:00:00+08:00" RECTIFY_TODAY=2021-03-03
step 甲/民政局 git pull -q
step 甲/民政局 rectify --data . update 2.2 --status 已完成 --note 差旅费已全部清退
step 甲/民政局 git commit -q -am "2.2 完成"
step 乙/民政局 rectify --data . update 2.2 --deadline 2021-03-31 --reason 待财政局复核 --note 已清退大部分
step 乙/民政局 git commit -q -am "2.2 延期"
step 乙/民政局 git push -q
step 甲/民政局 git pull -q --no-edit && fail "the same measure changed twice must conflict" || true
step 甲/民政局 rectify --data . check && fail "check must report the conflict" || true
echo "    （甲与乙商量后保留甲的版本：git checkout --ours；保留乙的用 --theirs；也可以在文件里删去不要的一半和三行标记）"
step 甲/民政局 git checkout --ours findings/02.toml
step 甲/民政局 rectify --data . check -q
step 甲/民政局 git commit -q -am "合并：2.2 已完成，不再延期"
step 甲/民政局 git push -q
step 巡察办/民政局 git pull -q
step 巡察办/民政局 rectify --data . show 2.2
echo
echo "demo: every step behaved as docs/collaboration.md says"
