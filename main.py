"""Omnibus: entry point. Argument parsing and dispatch only (see DESIGN.md, command line)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("new", "checklist", "status", "export", "import")


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="omnibus", description="Omnibus self-assessment")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help="create a new assessment file")
    new.add_argument("file", type=Path)
    new.add_argument("--country", required=True)
    new.add_argument("--instruments", default="untoc,tip,som,firearms")
    new.add_argument("--language", default="en")
    checklist = sub.add_parser("checklist", help="print the checklist structure")
    checklist.add_argument("--json", action="store_true")
    checklist.add_argument("--stats", action="store_true")
    status = sub.add_parser("status", help="completion of an assessment")
    status.add_argument("file", type=Path)
    status.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="write a submission file (Excel, HTML, PDF or JSON)")
    export.add_argument("file", type=Path)
    export.add_argument("--format", required=True, choices=("xlsx", "html", "pdf", "json"))
    export.add_argument("--out", required=True, type=Path)
    export.add_argument("--draft", action="store_true", help="mark the document as a draft")
    imported = sub.add_parser("import", help="import answers from a JSON submission or workbook")
    imported.add_argument("file", type=Path)
    imported.add_argument("submission", type=Path)
    imported.add_argument("--agency", default="", help="the agency the answers come from")
    return parser


def _program_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omnibus", description="Omnibus self-assessment. Commands: " + ", ".join(COMMANDS))
    parser.add_argument("file", nargs="?", type=Path, help="assessment to open")
    parser.add_argument("--version", action="store_true", help="print name and version")
    parser.add_argument("--selftest", action="store_true", help="exercise the window offscreen")
    return parser


def _run_command(argv: list[str]) -> int:
    from checklist.loader import ContentError, default_checklist
    from storage import commands
    from storage.errors import StorageError

    args = _command_parser().parse_args(argv)
    try:
        checklist = default_checklist()
        if args.command == "new":
            return commands.new(checklist, args.file, args.country, args.instruments, args.language)
        if args.command == "checklist":
            return commands.show_checklist(checklist, args.json, args.stats)
        if args.command == "status":
            return commands.status(checklist, args.file, args.json)
        if args.command == "export":
            exporter = None
            if args.format == "pdf":
                from gui.exports import headless_pdf_export

                exporter = headless_pdf_export()
            return commands.export(checklist, args.file, args.format, args.out, args.draft, exporter)
        if args.command == "import":
            return commands.import_submission(checklist, args.file, args.submission, args.agency)
    except (commands.UserError, StorageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ContentError as exc:
        # Content errors are for whoever edits resources/checklist/: list every one.
        print(f"error: the checklist content has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return _run_command(argv)
    args = _program_parser().parse_args(argv)
    if args.version:
        from checklist.about import APP_NAME, VERSION

        print(f"{APP_NAME} {VERSION}")
        return 0
    from gui.app import run, selftest

    if args.selftest:
        return selftest()
    return run(args.file)


if __name__ == "__main__":
    sys.exit(main())
