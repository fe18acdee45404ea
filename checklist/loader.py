"""Load and validate the checklist content in resources/checklist/.

Every problem is reported with the file and line it comes from; the loader collects all of
them rather than stopping at the first, so a content author can fix a file in one pass.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from checklist.model import (
    COLUMN_TYPES,
    INSTRUMENT_IDS,
    OBLIGATIONS,
    QUESTION_TYPES,
    STATUS_VALUES,
    Article,
    Chapter,
    Checklist,
    Cluster,
    Column,
    Instrument,
    Option,
    Provision,
    Question,
)
from checklist.resources import checklist_dir
from checklist.translation import translate
from checklist.yamlsource import LineDict, LineList, YamlError, read_yaml

LOCAL_ID = re.compile(r"^[a-z][a-z0-9_]*$")
KEY = re.compile(r"^[a-z0-9]+$")
OPTION_ID = re.compile(r"^[A-Za-z0-9_\-]+$")
QUESTION_KEYS = {
    "id", "type", "prompt", "guidance", "required", "show_if", "options", "columns",
    "unit", "min", "max",
}
PROVISION_KEYS = {"ref", "key", "obligation", "summary", "guidance", "block", "questions", "links"}
ARTICLE_KEYS = {"number", "title", "chapter", "summary", "questions", "provisions"}


class ContentError(Exception):
    """One or more problems in the checklist content, each naming its file and line."""

    def __init__(self, problems: list[YamlError]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def derive_key(ref: str, article_number: int) -> str:
    """'5(1)(a)(i)' -> '1ai'; '6(2)(b) s1' -> '2bs1'; empty when the ref is the article."""
    match = re.match(r"^\s*(\d+)(.*)$", ref)
    rest = match.group(2) if match and int(match.group(1)) == article_number else ref
    return re.sub(r"[^a-z0-9]", "", rest.lower())


class _Reader:
    """Reads one checklist folder; `problems` gathers every error found."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.problems: list[YamlError] = []
        self.path = folder

    # -- small checks -------------------------------------------------------------------
    def error(self, line: int, message: str) -> None:
        self.problems.append(YamlError(self.path, line, message))

    def text(self, data: LineDict, key: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(data.line_of(key), f"'{key}' is missing or empty")
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.error(data.line_of(key), f"'{key}' must be text")
            return ""
        return str(value).strip()

    def mapping(self, value, line: int, what: str) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.error(getattr(value, "line", line), f"{what} must be a mapping of names to values")
        return None

    def sequence(self, value, line: int, what: str) -> LineList:
        if value is None:
            return LineList()
        if isinstance(value, LineList):
            return value
        self.error(line, f"{what} must be a list")
        return LineList()

    def unknown_keys(self, data: LineDict, allowed: set[str], what: str) -> None:
        for key in data:
            if key not in allowed:
                self.error(data.line_of(key), f"unknown field '{key}' in {what}")

    def read(self, name: str):
        self.path = self.folder / name
        try:
            return read_yaml(self.path)
        except YamlError as exc:
            self.problems.append(exc)
            return None

    # -- options and questions -----------------------------------------------------------
    def options(self, value, line: int, option_sets: dict) -> tuple[Option, ...]:
        if isinstance(value, str):
            if value not in option_sets:
                self.error(line, f"unknown option set '{value}'")
                return ()
            return option_sets[value]
        result = []
        seen = set()
        for item in self.sequence(value, line, "'options'"):
            item = self.mapping(item, line, "an option")
            if item is None:
                continue
            option_id = str(item.get("id", "")).strip()
            if not OPTION_ID.match(option_id):
                self.error(item.line, f"option id '{option_id}' is not well-formed")
            elif option_id in seen:
                self.error(item.line, f"option id '{option_id}' appears twice")
            seen.add(option_id)
            result.append(Option(option_id, self.text(item, "label")))
        if not result:
            self.error(line, "a choice question needs at least one option")
        return tuple(result)

    def question_spec(self, data: LineDict, option_sets: dict) -> dict | None:
        """Validate one question as written (before it is placed in a provision)."""
        self.unknown_keys(data, QUESTION_KEYS, "a question")
        local_id = str(data.get("id", "")).strip()
        if not LOCAL_ID.match(local_id):
            self.error(data.line_of("id"), f"question id '{local_id}' is not well-formed "
                       "(lowercase letters, digits and _; starting with a letter)")
            return None
        qtype = data.get("type")
        if qtype not in QUESTION_TYPES:
            self.error(data.line_of("type"), f"question '{local_id}' has unknown type '{qtype}'")
            return None
        spec = {
            "line": data.line,
            "local_id": local_id,
            "type": qtype,
            "prompt": self.text(data, "prompt"),
            "guidance": self.text(data, "guidance", required=False),
            "required": data.get("required", False),
            "show_if": {},
            "options": (),
            "columns": (),
            "unit": self.text(data, "unit", required=False),
            "minimum": data.get("min"),
            "maximum": data.get("max"),
        }
        required = spec["required"]
        if not isinstance(required, bool) and not (
            isinstance(required, list) and all(level in OBLIGATIONS for level in required)
        ):
            self.error(data.line_of("required"),
                       f"'required' of '{local_id}' must be true, false or a list of {OBLIGATIONS}")
            spec["required"] = False
        if qtype == "status":
            spec["options"] = tuple(Option(v, v) for v in STATUS_VALUES)
        if qtype in ("single", "multi"):
            spec["options"] = self.options(data.get("options"), data.line_of("options"), option_sets)
        elif "options" in data:
            self.error(data.line_of("options"), f"a {qtype} question takes no options")
        if qtype == "table":
            columns = []
            for item in self.sequence(data.get("columns"), data.line_of("columns"), "'columns'"):
                item = self.mapping(item, data.line, "a column")
                if item is None:
                    continue
                ctype = item.get("type", "text")
                if ctype not in COLUMN_TYPES:
                    self.error(item.line, f"unknown column type '{ctype}'")
                cid = str(item.get("id", ""))
                if not LOCAL_ID.match(cid):
                    self.error(item.line, f"column id '{cid}' is not well-formed")
                columns.append(Column(cid, self.text(item, "label"), ctype))
            if not columns:
                self.error(data.line, f"table question '{local_id}' needs 'columns'")
            spec["columns"] = tuple(columns)
        for bound in ("minimum", "maximum"):
            value = spec[bound]
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                self.error(data.line, f"'{bound[:3]}' of '{local_id}' must be a number")
                spec[bound] = None
        show_if = data.get("show_if")
        if show_if is not None:
            show_if = self.mapping(show_if, data.line_of("show_if"), "'show_if'")
            for other, values in (show_if or {}).items():
                if isinstance(values, (str, bool)):
                    values = [values]
                if not isinstance(values, list) or not values:
                    self.error(show_if.line_of(other), f"'show_if' of '{local_id}' needs a list of values")
                    continue
                spec["show_if"][str(other)] = tuple(str(v) for v in values)
        spec["file"] = self.path
        spec["show_if_line"] = data.line_of("show_if")
        return spec

    def place(self, specs: list[dict], prefix: str, obligation: str | None) -> tuple[Question, ...]:
        """Give question specs their full ids within one provision (or article)."""
        questions = []
        by_local = {}
        for spec in specs:
            if spec["local_id"] in by_local:
                self.problems.append(YamlError(spec["file"], spec["line"],
                                               f"duplicate question id {prefix}.{spec['local_id']}"))
                continue
            by_local[spec["local_id"]] = spec
        for spec in by_local.values():
            for other, values in spec["show_if"].items():
                target = by_local.get(other)
                if target is None:
                    self.problems.append(YamlError(
                        spec["file"], spec["show_if_line"],
                        f"'show_if' of {prefix}.{spec['local_id']} names unknown question '{other}'"))
                    continue
                allowed = {o.id for o in target["options"]}
                if allowed and not set(values) <= allowed:
                    self.problems.append(YamlError(
                        spec["file"], spec["show_if_line"],
                        f"'show_if' of {prefix}.{spec['local_id']} uses values "
                        f"{sorted(set(values) - allowed)} that '{other}' does not offer"))
            required = spec["required"]
            if isinstance(required, list):
                required = obligation in required
            questions.append(Question(
                id=f"{prefix}.{spec['local_id']}", local_id=spec["local_id"], type=spec["type"],
                prompt=spec["prompt"], guidance=spec["guidance"], required=bool(required),
                show_if=spec["show_if"], options=spec["options"], columns=spec["columns"],
                unit=spec["unit"], minimum=spec["minimum"], maximum=spec["maximum"]))
        return tuple(questions)

    # -- files --------------------------------------------------------------------------
    def common(self) -> dict | None:
        data = self.read("checklist.yaml")
        data = data and self.mapping(data, 1, "checklist.yaml")
        if data is None:
            return None
        option_sets = {}
        raw_sets = self.mapping(data.get("option_sets") or LineDict(), data.line_of("option_sets"),
                                "'option_sets'") or {}
        for name, items in raw_sets.items():
            option_sets[name] = self.options(items, raw_sets.line_of(name), {})
        blocks = {}
        raw_blocks = self.mapping(data.get("blocks") or LineDict(), data.line_of("blocks"),
                                  "'blocks'") or {}
        for name, items in raw_blocks.items():
            specs = []
            for item in self.sequence(items, raw_blocks.line_of(name), f"block '{name}'"):
                item = self.mapping(item, raw_blocks.line_of(name), "a question")
                spec = item is not None and self.question_spec(item, option_sets)
                if spec:
                    specs.append(spec)
            blocks[name] = specs
        instruments = self.sequence(data.get("instruments"), data.line_of("instruments"), "'instruments'")
        for instrument_id in instruments:
            if instrument_id not in INSTRUMENT_IDS:
                self.error(instruments.line, f"unknown instrument '{instrument_id}'")
        return {
            "id": self.text(data, "id"),
            "version": self.text(data, "version"),
            "title": self.text(data, "title"),
            "instruments": [i for i in instruments if i in INSTRUMENT_IDS],
            "option_sets": option_sets,
            "blocks": blocks,
        }

    def clusters(self) -> tuple[tuple[Cluster, ...], dict[str, int], bool]:
        data = self.read("clusters.yaml")
        data = data and self.mapping(data, 1, "clusters.yaml")
        if data is None:
            return (), {}, True
        clusters, membership = [], {}
        for item in self.sequence(data.get("clusters"), data.line_of("clusters"), "'clusters'"):
            item = self.mapping(item, data.line, "a cluster")
            if item is None:
                continue
            number = item.get("number")
            if not isinstance(number, int):
                self.error(item.line, "a cluster needs a whole 'number'")
                continue
            clusters.append(Cluster(number, self.text(item, "title")))
            articles = self.mapping(item.get("articles"), item.line, "'articles'") or {}
            for instrument_id, numbers in articles.items():
                for article_number in self.sequence(numbers, articles.line_of(instrument_id), "articles"):
                    article_id = f"{instrument_id}.{article_number}"
                    if article_id in membership:
                        self.error(articles.line_of(instrument_id), f"article {article_id} is in two clusters")
                    membership[article_id] = number
        return tuple(clusters), membership, bool(data.get("provisional", False))

    def instrument(self, instrument_id: str, common: dict, clusters: dict[str, int]) -> Instrument | None:
        data = self.read(f"{instrument_id}.yaml")
        data = data and self.mapping(data, 1, f"{instrument_id}.yaml")
        if data is None:
            return None
        if data.get("instrument") != instrument_id:
            self.error(data.line_of("instrument"), f"'instrument' must be '{instrument_id}'")
        chapters = []
        for item in self.sequence(data.get("chapters"), data.line_of("chapters"), "'chapters'"):
            item = self.mapping(item, data.line, "a chapter")
            if item is not None:
                chapters.append(Chapter(str(item.get("id", "")), self.text(item, "title"),
                                        bool(item.get("official", False))))
        chapter_ids = {c.id for c in chapters}
        articles, numbers = [], set()
        for item in self.sequence(data.get("articles"), data.line_of("articles"), "'articles'"):
            item = self.mapping(item, data.line, "an article")
            if item is None:
                continue
            article = self.article(instrument_id, item, common, clusters, chapter_ids)
            if article is None:
                continue
            if article.number in numbers:
                self.error(item.line, f"article {article.id} appears twice")
            numbers.add(article.number)
            articles.append(article)
        return Instrument(instrument_id, self.text(data, "title"), self.text(data, "short_title"),
                          tuple(chapters), tuple(sorted(articles, key=lambda a: a.number)))

    def article(self, instrument_id, data: LineDict, common, clusters, chapter_ids) -> Article | None:
        self.unknown_keys(data, ARTICLE_KEYS, "an article")
        number = data.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            self.error(data.line_of("number"), "an article needs a whole 'number'")
            return None
        article_id = f"{instrument_id}.{number}"
        chapter = str(data.get("chapter", ""))
        if chapter not in chapter_ids:
            self.error(data.line_of("chapter"), f"article {article_id} names unknown chapter '{chapter}'")
        specs = []
        for item in self.sequence(data.get("questions"), data.line_of("questions"), "'questions'"):
            item = self.mapping(item, data.line, "a question")
            spec = item is not None and self.question_spec(item, common["option_sets"])
            if spec:
                specs.append(spec)
        provisions, keys = [], set()
        for item in self.sequence(data.get("provisions"), data.line_of("provisions"), "'provisions'"):
            item = self.mapping(item, data.line, "a provision")
            provision = item is not None and self.provision(article_id, number, item, common)
            if not provision:
                continue
            if provision.key in keys:
                self.error(item.line, f"provision key '{provision.key}' appears twice in article "
                           f"{article_id}; give one of them its own 'key'")
            keys.add(provision.key)
            provisions.append(provision)
        for spec in specs:
            if spec["local_id"] in keys:
                self.error(spec["line"], f"question id {article_id}.{spec['local_id']} "
                           "clashes with a provision key")
        return Article(
            id=article_id, instrument=instrument_id, number=number,
            title=self.text(data, "title"), chapter=chapter,
            summary=self.text(data, "summary"), cluster=clusters.get(article_id),
            questions=self.place(specs, article_id, None), provisions=tuple(provisions))

    def provision(self, article_id, number, data: LineDict, common) -> Provision | None:
        self.unknown_keys(data, PROVISION_KEYS, "a provision")
        ref = self.text(data, "ref")
        if not ref:
            return None
        key = str(data.get("key") or derive_key(ref, number))
        if not KEY.match(key):
            self.error(data.line_of("key"), f"provision {ref} needs a 'key' of lowercase letters and digits")
            return None
        obligation = data.get("obligation")
        if obligation not in OBLIGATIONS:
            self.error(data.line_of("obligation"),
                       f"provision {ref} has obligation '{obligation}', not one of {', '.join(OBLIGATIONS)}")
        block_name = data.get("block", "standard")
        specs = []
        if block_name != "none":
            if block_name not in common["blocks"]:
                self.error(data.line_of("block"), f"unknown block '{block_name}'")
            else:
                specs.extend(common["blocks"][block_name])
        for item in self.sequence(data.get("questions"), data.line_of("questions"), "'questions'"):
            item = self.mapping(item, data.line, "a question")
            spec = item is not None and self.question_spec(item, common["option_sets"])
            if spec:
                specs.append(spec)
        if not specs:
            self.error(data.line, f"provision {ref} has no questions")
        links = self.sequence(data.get("links"), data.line_of("links"), "'links'")
        provision_id = f"{article_id}.{key}"
        provision = Provision(
            id=provision_id, ref=ref, key=key, obligation=str(obligation),
            summary=self.text(data, "summary"), guidance=self.text(data, "guidance"),
            questions=self.place(specs, provision_id, obligation),
            links=tuple(str(link) for link in links))
        self.link_lines[provision_id] = (self.path, data.line_of("links"))
        return provision

    link_lines: dict


def load_checklist(folder: Path | None = None, language: str = "en") -> Checklist:
    """Read and validate the whole checklist, with the texts of `language` where translated;
    raise ContentError listing every problem."""
    folder = folder or checklist_dir()
    reader = _Reader(folder)
    reader.link_lines = {}
    common = reader.common()
    if common is None:
        raise ContentError(reader.problems)
    clusters, membership, provisional = reader.clusters()
    instruments = []
    for instrument_id in common["instruments"]:
        instrument = reader.instrument(instrument_id, common, membership)
        if instrument is not None:
            instruments.append(instrument)
    checklist = None
    if not reader.problems:
        checklist = Checklist(common["id"], common["version"], common["title"],
                              tuple(instruments), clusters, provisional)
        _check_links(checklist, reader)
        _check_unique_ids(instruments, reader)
    if reader.problems:
        raise ContentError(reader.problems)
    try:
        return translate(checklist, folder, language)
    except YamlError as exc:
        raise ContentError([exc]) from None


def _check_unique_ids(instruments, reader: _Reader) -> None:
    seen = set()
    for instrument in instruments:
        for article in instrument.articles:
            for question in article.all_questions:
                if question.id in seen:
                    reader.problems.append(YamlError(reader.folder / f"{instrument.id}.yaml", 0,
                                                     f"duplicate question id {question.id}"))
                seen.add(question.id)


def _check_links(checklist: Checklist, reader: _Reader) -> None:
    for article in checklist.articles():
        for provision in article.provisions:
            for link in provision.links:
                if link == provision.id or checklist.provision(link) is None:
                    path, line = reader.link_lines[provision.id]
                    reader.problems.append(YamlError(
                        path, line, f"provision {provision.id} links to unknown provision '{link}'"))


@lru_cache(maxsize=4)
def default_checklist(language: str = "en") -> Checklist:
    """The shipped checklist, loaded once per process and language."""
    return load_checklist(language=language)
