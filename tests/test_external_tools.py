"""Every program the app, tests, benchmarks, scripts and build run is installed by dev.sh.

The programs are found in the source, not listed by hand: in Python every ``shutil.which(...)``
and the program (argv[0]) of every ``subprocess``/``os``/``QProcess`` call, followed through
names, ``str()``/``Path()`` wrappers and small locator functions such as ``qt_tool(name)``; in
the shell scripts every word in command position. A program the scan cannot name, or one that
``tests/external_tools.py`` does not map to a package, fails the test: whoever adds a new tool
has to say where it comes from, and dev.sh has to install it in the right group.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from external_tools import DEBIAN, OPTIONAL, PIP, PRESENT

ROOT = Path(__file__).resolve().parent.parent

RUNTIME, TEST, BUNDLE = "APT_RUNTIME", "APT_TEST", "APT_BUNDLE"
# Which of dev.sh's install lists are in place when a file's programs run (first match wins).
# dev.sh itself and .ci/run run before anything is installed: only PRESENT packages.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("swdesk/", (RUNTIME,)),
    ("scripts/bundle_", (RUNTIME, TEST, BUNDLE)),
    ("build.spec", (RUNTIME, TEST, BUNDLE)),
    ("scripts/", (RUNTIME,)),  # build_translations runs in every setup
    ("tests/", (RUNTIME, TEST)),
    ("bench/", (RUNTIME, TEST)),
    ("dev.sh", ()),
    (".ci/run", ()),
)
NOT_SCANNED = {
    # runs on the host, never by dev.sh or CI; it installs what it needs (debootstrap) itself
    "scripts/fresh_debian_check.sh",
    # this file: program names in it are data (samples, and what it looks up on PATH)
    "tests/test_external_tools.py",
}
# the venv, build output, caches, and bench/out (benchmark data)
SKIP_DIRS = {".git", ".venv", "build", "dist", "out", "__pycache__", ".mypy_cache", ".ruff_cache"}

# Programs that libraries run for us, found by what the source says.
INDIRECT: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"QDesktopServices\.openUrl"), ("xdg-open",)),  # Qt's generic Unix services
    (re.compile(r"\bEXE\("), ("objdump", "strip", "ldd", "ldconfig")),  # PyInstaller's spec
)

RUNNER_MODULES = {"subprocess", "os", "asyncio", "QProcess", "pty"}
RUNNERS = {
    "run", "Popen", "call", "check_call", "check_output", "getoutput", "getstatusoutput",
    "system", "popen", "execv", "execve", "execvp", "execvpe", "execl", "execlp", "execle",
    "execlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe", "spawnl", "spawnlp", "posix_spawn",
    "posix_spawnp", "create_subprocess_exec", "create_subprocess_shell", "startDetached",
    "execute", "spawn",
}  # fmt: skip
# Module functions that take the command as one shell string, not an argv list.
SHELL_STRING = {"system", "popen", "getoutput", "getstatusoutput", "create_subprocess_shell"}
# A file path, not a program: os.execv(path, argv), posix_spawn(path, ...).
PATH_FIRST = {"execv", "execve", "execl", "execle", "spawnv", "spawnve", "spawnl", "posix_spawn"}


@dataclass(frozen=True)
class Use:
    program: str  # a program name, "" for one the scan cannot name
    file: str  # relative to the repo
    line: int
    how: str  # the source text, for the failure message
    pip: bool = False  # a console script beside the venv's Python


# -- Python -------------------------------------------------------------------------------------
class PythonScan:
    """Programs run by a set of Python files, with names and locator functions resolved across
    all of them (the same helper is often defined in one file and called in another)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.trees = {rel: ast.parse(text, rel) for rel, text in sources.items()}
        # `name = value` by scope: (file, function or None, name); a name is looked up in its
        # function, then its file, then any file (from common import PYTHON)
        self.values: dict[tuple[str, ast.AST | None, str], list[ast.expr]] = {}
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        self.imported_runners: set[str] = set()  # from subprocess import run
        self.parents: dict[ast.AST, ast.AST] = {}
        for tree in self.trees.values():
            for node in ast.walk(tree):
                for child in ast.iter_child_nodes(node):
                    self.parents[child] = node
        for rel, tree in self.trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    scope = self._enclosing_function(node)
                    for t in targets:
                        if isinstance(t, ast.Name):
                            self.values.setdefault((rel, scope, t.id), []).append(node.value)
                elif isinstance(node, ast.FunctionDef):
                    self.functions.setdefault(node.name, []).append(node)
                elif isinstance(node, ast.ImportFrom) and node.module in RUNNER_MODULES:
                    self.imported_runners |= {a.asname or a.name for a in node.names}

    def uses(self) -> Iterator[Use]:
        for rel, tree in self.trees.items():
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                if _is_which(node):
                    yield from self._which(rel, node)
                elif (kind := self._runner(node)) is not None:
                    yield from self._run(rel, node, kind)

    def _runner(self, call: ast.Call) -> str | None:
        f = call.func
        if (
            isinstance(f, ast.Attribute)
            and f.attr in RUNNERS
            and isinstance(f.value, ast.Name)
            and f.value.id in RUNNER_MODULES
        ):
            return f.attr
        if isinstance(f, ast.Name) and f.id in RUNNERS and f.id in self.imported_runners:
            return f.id
        return None

    def _which(self, rel: str, call: ast.Call) -> Iterator[Use]:
        arg = call.args[0] if call.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield Use(_program(arg.value), rel, call.lineno, ast.unparse(call))
            return
        # which(name) inside a locator function: the programs are its callers' literals
        func = self._enclosing_function(call)
        if func is not None and isinstance(arg, ast.Name) and _is_param(func, arg.id):
            found = list(self._callers_literals(func, arg.id))
            yield from found
            if found:
                return
        yield Use("", rel, call.lineno, ast.unparse(call))

    def _run(self, rel: str, call: ast.Call, kind: str) -> Iterator[Use]:
        given = [*call.args, *(k.value for k in call.keywords if k.arg in ("args", "program"))]
        if not given:
            yield Use("", rel, call.lineno, ast.unparse(call))
            return
        first = given[0]
        if kind in PATH_FIRST and len(call.args) > 1:
            first = call.args[1]  # os.execv(path, [argv0, ...]): the program is argv[0]
        if kind in SHELL_STRING:
            named = _shell_string(first)
            yield Use(named or "", rel, call.lineno, ast.unparse(call))
            return
        argv0 = first.elts[0] if isinstance(first, ast.List | ast.Tuple) and first.elts else first
        yield from self._argv0(rel, call, argv0, depth=0)

    def _argv0(self, rel: str, call: ast.Call, e: ast.expr, depth: int) -> Iterator[Use]:
        """The program an argv[0] expression names; Use("") when it cannot be told."""
        how = ast.unparse(call)
        if depth > 6:
            yield Use("", rel, call.lineno, how)
        elif isinstance(e, ast.Constant) and isinstance(e.value, str):
            yield Use(_program(e.value), rel, call.lineno, how)
        elif isinstance(e, ast.Starred):  # run([*cmd, out])
            yield from self._argv0(rel, call, e.value, depth + 1)
        elif isinstance(e, ast.Name) and self._is_own_param(rel, call, e.id):
            # a helper that runs what it is given: the program is chosen by its callers
            func = self._enclosing_function(call)
            assert func is not None
            for caller_rel, caller, arg in self._callers_args(func, e.id):
                if arg is None:
                    yield Use("", caller_rel, caller.lineno, ast.unparse(caller))
                    continue
                if isinstance(arg, ast.List | ast.Tuple) and arg.elts:
                    arg = arg.elts[0]
                yield from self._argv0(caller_rel, caller, arg, depth + 1)
        elif isinstance(e, ast.Name) and (values := self._lookup(rel, call, e.id)):
            for value in values:
                if isinstance(value, ast.List | ast.Tuple) and value.elts:
                    value = value.elts[0]  # cmd = [...]; run(cmd)
                yield from self._argv0(rel, call, value, depth + 1)
        elif isinstance(e, ast.Call) and _call_name(e) in ("str", "Path", "fspath") and e.args:
            yield from self._argv0(rel, call, e.args[0], depth + 1)
        elif isinstance(e, ast.BoolOp):
            for v in e.values:
                yield from self._argv0(rel, call, v, depth + 1)
        elif ast.unparse(e) == "sys.executable":
            return  # the running Python itself
        elif (tool := self._beside_python(e)) is not None:
            yield Use(tool, rel, call.lineno, how, pip=True)
        elif _contains_which(e):
            return  # which("x"): named by the which() scan
        elif isinstance(e, ast.Call) and any(
            _contains_which(f) for f in self.functions.get(_call_name(e), [])
        ):
            return  # qt_tool("pyside6-lupdate"): a locator whose callers the which() scan named
        else:
            yield Use("", rel, call.lineno, how)

    def _beside_python(self, e: ast.expr) -> str | None:
        """``Path(sys.executable).parent / "tool"`` or ``….with_name("tool")`` → "tool"."""
        if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Div):
            base, name = e.left, e.right
        elif isinstance(e, ast.Call) and _call_name(e) == "with_name" and e.args:
            base, name = e.func.value, e.args[0]  # type: ignore[attr-defined]
        else:
            return None
        named = isinstance(name, ast.Constant) and isinstance(name.value, str)
        return name.value if named and "sys.executable" in ast.unparse(base) else None  # type: ignore[attr-defined]

    def _lookup(self, rel: str, at: ast.AST, name: str) -> list[ast.expr]:
        scope = self._enclosing_function(at)
        for key in ((rel, scope, name), (rel, None, name)):
            if key in self.values:
                return self.values[key]
        return [v for (_, f, n), vs in self.values.items() if n == name and f is None for v in vs]

    def _enclosing_function(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef):
                return node
        return None

    def _is_own_param(self, rel: str, at: ast.AST, name: str) -> bool:
        """``name`` is a parameter of the function around ``at``, not reassigned there."""
        func = self._enclosing_function(at)
        return func is not None and _is_param(func, name) and (rel, func, name) not in self.values

    def _callers_args(
        self, func: ast.FunctionDef, param: str
    ) -> Iterator[tuple[str, ast.Call, ast.expr | None]]:
        """Every call of ``func`` by name, with what it passes for ``param`` (None: unknown)."""
        params = [a.arg for a in func.args.args]
        index = params.index(param) - (params[0] in ("self", "cls"))  # obj.locate("x")
        for rel, tree in self.trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _call_name(node) == func.name:
                    given = [k.value for k in node.keywords if k.arg == param]
                    if len(node.args) > index and not isinstance(node.args[index], ast.Starred):
                        given.append(node.args[index])
                    yield rel, node, given[0] if given else None

    def _callers_literals(self, func: ast.FunctionDef, param: str) -> Iterator[Use]:
        for rel, node, arg in self._callers_args(func, param):
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield Use(_program(arg.value), rel, node.lineno, ast.unparse(node))
            else:
                yield Use("", rel, node.lineno, ast.unparse(node))


def _call_name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _is_which(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) == "which"


def _contains_which(node: ast.AST) -> bool:
    return any(_is_which(n) for n in ast.walk(node))


def _is_param(func: ast.FunctionDef, name: str) -> bool:
    return name in [a.arg for a in func.args.args]


def _program(text: str) -> str:
    return Path(text.split()[0]).name if text.split() else ""


def _shell_string(e: ast.expr) -> str | None:
    if isinstance(e, ast.Constant) and isinstance(e.value, str):
        return _program(e.value)
    return None


# -- shell --------------------------------------------------------------------------------------
SHELL_BUILTINS = {
    "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "esac", "function",
    "{", "}", "!", "[", "[[", "]]", "]", "test", "true", "false", ":", ".", "source", "cd",
    "echo", "printf", "exit", "return", "export", "local", "set", "shift", "trap", "read",
    "eval", "wait", "unset", "declare", "readonly", "type", "pushd", "popd", "let", "break",
    "continue", "command", "hash", "umask", "ulimit", "kill", "getopts", "mapfile",
}  # fmt: skip
SHELL_PREFIXES = {"exec", "time", "!", "then", "else", "do", "elif", "if", "while", "until"}


def shell_commands(text: str) -> Iterator[tuple[int, str]]:
    """(line, program) for each word in command position of a bash script."""
    # array assignments (lists of package names) and arithmetic are not commands
    text = re.sub(r"^\s*\w+=\([^()]*\)", lambda m: "\n" * m[0].count("\n"), text, flags=re.M)
    text = re.sub(r"\$\(\([^()]*\)\)", "0", text)
    functions = set(re.findall(r"^\s*(\w[\w-]*)\s*\(\)", text, flags=re.M))
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start = i
        line = lines[i]
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line[:-1] + " " + lines[i]
        i += 1
        line = re.sub(r"(^|\s)#.*", "", line)
        line = re.sub(r"'[^']*'", "''", line)
        # a "string" is no command, but a $(command) inside one is
        line = re.sub(
            r'"((?:\\.|\$\([^()]*\)|[^"\\])*)"',
            lambda m: '""' + "".join(f" ; {c} ; " for c in re.findall(r"\$\(([^()]*)\)", m[1])),
            line,
        )
        line = re.sub(r"^\s*(\w[\w-]*)\s*\(\)", ";", line)  # name() {
        line = re.sub(r"^\s*[^\s()]+\)(\s|$)", "; ", line)  # case label
        line = re.sub(r"\d*[<>]&\d*-?", " ", line)  # >&2
        line = re.sub(r"\$\{[^}]*\}", "$v", line)  # ${name[@]}, ${1:-run}
        line = line.replace('"', " ").replace("$(", ";").replace("`", ";")
        for segment in re.split(r";;|;|&&|\|\||\||\(|\)|\{|\}|&", line):
            words = segment.split()
            while words and (
                re.match(r"^\w+\+?=", words[0]) or words[0] in SHELL_PREFIXES
                or re.match(r"^\d*[<>]", words[0])
            ):  # fmt: skip
                words.pop(0)
            if not words or words[0] in ("for", "case", "select", "in"):
                continue
            word = words[0]
            if word.startswith("$"):  # $sudo apt-get …: the next word may be the program
                if len(words) < 2 or not re.match(r"^[A-Za-z][\w.+-]*$", words[1]):
                    continue
                word = words[1]
            if word in SHELL_BUILTINS or word in functions or "/" in word or word[0] == "-":
                continue
            yield start + 1, word


# -- dev.sh ---------------------------------------------------------------------------------------
def dev_sh_lists() -> dict[str, set[str]]:
    """dev.sh's install lists: ``NAME=(pkg …)`` arrays, comments dropped."""
    text = (ROOT / "dev.sh").read_text(encoding="utf-8")
    lists = {}
    for name, body in re.findall(r"^(APT_\w+)=\(([^()]*)\)", text, flags=re.M):
        words = re.sub(r"#.*", "", body).split()
        lists[name] = set(words)
    return lists


# -- the repository -------------------------------------------------------------------------------
def repo_files() -> Iterator[tuple[str, str]]:
    """(path, text) of every Python, spec and shell file, outside the venv and build output."""
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for file in sorted(files):
            path = Path(folder) / file
            name = path.relative_to(ROOT).as_posix()
            if name in NOT_SCANNED:
                continue
            if path.suffix in (".py", ".spec", ".sh") or name in ("dev.sh", ".ci/run"):
                yield name, path.read_text(encoding="utf-8")


@functools.cache
def all_uses() -> tuple[Use, ...]:
    files = dict(repo_files())
    python = {rel: text for rel, text in files.items() if rel.endswith((".py", ".spec"))}
    uses = list(PythonScan(python).uses())
    for rel, text in files.items():
        if rel not in python:
            uses += [Use(p, rel, line, p) for line, p in shell_commands(text)]
        for pattern, programs in INDIRECT:
            if (m := pattern.search(text)) is not None:
                line = text.count("\n", 0, m.start()) + 1
                uses += [Use(p, rel, line, m[0]) for p in programs]
    return tuple(uses)


def group_of(rel: str) -> tuple[str, ...] | None:
    return next((lists for prefix, lists in GROUPS if rel.startswith(prefix)), None)


def problems(uses: Iterable[Use], lists: dict[str, set[str]], requirements: str) -> list[str]:
    """Why each use is not covered by dev.sh or the requirements (empty when all are)."""
    found = []
    for u in uses:
        where = f"{u.file}:{u.line}: {u.how}"
        group = group_of(u.file)
        if not u.program:
            found.append(f"{where}: cannot tell which program this runs; use a literal name")
        elif group is None:
            found.append(f"{where}: add {u.file} to GROUPS (which dev.sh lists it runs with)")
        elif u.pip or u.program in PIP:
            dist = PIP.get(u.program)
            if dist is None or not re.search(rf"^{re.escape(dist)}\b", requirements, re.M | re.I):
                found.append(f"{where}: {u.program} is not from a pip requirement in PIP")
        elif u.program not in DEBIAN:
            found.append(
                f"{where}: add {u.program} and its Debian package to tests/external_tools.py"
            )
        elif DEBIAN[u.program] not in PRESENT | OPTIONAL:
            pkg = DEBIAN[u.program]
            if not any(pkg in lists.get(name, set()) for name in group):
                need = " or ".join(group) or "nothing (it runs before dev.sh installs anything)"
                found.append(f"{where}: dev.sh must install {pkg} in {need}")
    return found


# -- tests --------------------------------------------------------------------------------------
def test_every_program_run_is_installed_by_dev_sh() -> None:
    requirements = "\n".join(
        (ROOT / name).read_text(encoding="utf-8")
        for name in ("requirements.txt", "requirements-dev.txt")
    )
    uses = all_uses()
    found = problems(uses, dev_sh_lists(), requirements)
    assert not found, "\n".join(found)
    named = {u.program for u in uses}
    # the scan does see the tools it is here for
    assert {
        "soffice",
        "pdftotext",
        "pdffonts",
        "pdfinfo",
        "sqlite3",
        "fc-list",
        "xdg-open",
    } <= named
    assert {"objdump", "pyside6-lrelease", "pyside6-uic", "apt-get", "dpkg-query"} <= named


def test_the_tools_the_app_and_tests_run_are_installed() -> None:
    """What the scan found for the app, tests and benchmarks is on PATH after `dev.sh test`:
    the package names in tests/external_tools.py really bring these programs."""
    uses = all_uses()
    wanted = {
        u.program
        for u in uses
        if u.program in DEBIAN
        and DEBIAN[u.program] not in OPTIONAL
        and group_of(u.file) in ((RUNTIME,), (RUNTIME, TEST))
    }
    assert wanted, "the scan found no program"
    assert sorted(p for p in wanted if shutil.which(p) is None) == []


def test_dev_sh_lists_are_read() -> None:
    lists = dev_sh_lists()
    assert set(lists) == {RUNTIME, TEST, BUNDLE}
    assert "libreoffice-calc-nogui" in lists[TEST] and "fontconfig" in lists[RUNTIME]


PY_SAMPLE = """
import shutil, subprocess, sys, os
from subprocess import check_output
from pathlib import Path
GS = "gs"
def locate(name):
    return shutil.which(name) or name
subprocess.run(["convert", "a.png", "a.pdf"])
subprocess.run([GS, "-q"])
subprocess.run([locate("qpdf"), "--check"])
shutil.which("mutool")
check_output(["tesseract", "x"])
os.system("lpr -P x file.pdf")
subprocess.run([str(Path(sys.executable).parent / "pyside6-uic"), "x.ui"])
subprocess.run([sys.executable, "-m", "swdesk"])
subprocess.run([unknown_tool(), "x"])
def through_temp(cmd, out):
    subprocess.run([*cmd, out])
through_temp(["xsltproc", "a.xsl"], "b")
"""

SH_SAMPLE = """#!/usr/bin/env bash
LIST=(notacommand other
  third)
say() { printf '%s' "$*"; }
cd "$(dirname "$0")"
out=$(xmllint --noout x.xml)
if ! jq . <x.json | gzip -9 >x.gz; then say "no"; fi
case "$1" in
  run) $sudo apt-get install -y x ;;
  *) echo "$((1 + 2))" >&2; exit 2 ;;
esac
FOO=1 .venv/bin/python -m pytest && rsync -a \\
  a b
"""


def test_the_scan_names_a_new_tool() -> None:
    named = {(u.program, u.pip) for u in PythonScan({"t.py": PY_SAMPLE}).uses()}
    assert named == {
        ("convert", False), ("gs", False), ("qpdf", False), ("mutool", False),
        ("tesseract", False), ("lpr", False), ("pyside6-uic", True), ("", False),
        ("xsltproc", False),
    }  # fmt: skip
    shell = [p for _, p in shell_commands(SH_SAMPLE)]
    assert shell == ["dirname", "xmllint", "jq", "gzip", "apt-get", "rsync"]


def test_a_tool_dev_sh_does_not_install_fails() -> None:
    uses = [
        Use("soffice", "tests/test_x.py", 1, "which('soffice')"),
        Use("fc-list", "swdesk/formats/fonts.py", 2, "which('fc-list')"),
        Use("convert", "bench/b.py", 3, "run(['convert'])"),
        Use("", "tests/t.py", 4, "run([f()])"),
        Use("pyside6-rcc", "scripts/s.py", 5, "…", pip=True),
        Use("dirname", "dev.sh", 6, "dirname"),
        Use("sqlite3", "dev.sh", 7, "sqlite3"),
        Use("pdftotext", "misc/x.py", 8, "pdftotext"),
    ]
    lists = {RUNTIME: {"libgl1"}, TEST: {"libreoffice-calc-nogui", "fontconfig"}, BUNDLE: set()}
    found = problems(uses, lists, "PySide6-Essentials==6\n")
    assert [f.split(":")[0] for f in found] == [
        "swdesk/formats/fonts.py", "bench/b.py", "tests/t.py", "scripts/s.py", "dev.sh", "misc/x.py",
    ]  # fmt: skip
    assert "dev.sh must install fontconfig in APT_RUNTIME" in found[0]


@pytest.mark.parametrize("program", ["pdftotext", "soffice"])
def test_need_fails_rather_than_skips(program: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from external_tools import need

    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match=f"apt-get install {DEBIAN[program]}"):
        need(program)
