"""Validation of a worker file and its certificates: raw form or roster values → clean record."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from swdesk.core import enums, workforce
from swdesk.core.dates import iso, parse_loose_date
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.i18n import Text, msg
from swdesk.core.idnumber import parse_id_number
from swdesk.core.phone import parse_mobile
from swdesk.core.text import clean_text

# Field labels for messages, made once: validation runs per row of a 10k-row roster.
_NAME = msg("姓名")
_ETHNICITY = msg("民族")
_POLITICAL = msg("政治面貌")
_EDUCATION = msg("学历")
_MAJOR = msg("专业")
_POST_TYPE = msg("岗位类型")
_STATUS = msg("状态")
_NOTES = msg("备注")
_CERT_NUMBER = msg("证书编号")
_OBTAINED = msg("取得日期")
_REGISTERED = msg("登记日期")
_ROLES = msg("职务")
_DOMAINS = msg("服务领域")

# Fields of a worker record that a person edits (the store adds keys, sync columns and caches).
WORKER_FIELDS: tuple[str, ...] = (
    "name",
    "id_number",
    "gender",
    "birth_date",
    "ethnicity",
    "phone",
    "political_status",
    "education",
    "major",
    "sw_major",
    "village_code",
    "post_type",
    "professional_post",
    "domains",
    "status",
    "status_date",
    "notes",
    "id_note",
)

CERT_FIELDS: tuple[str, ...] = ("level", "cert_number", "obtained_date", "registration_date")


def _bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if raw is None:
        return False
    s = str(raw).strip().lower()
    return s in {"1", "是", "y", "yes", "true", "√", "✓", "有"}


def _not_a_choice(label: str, raw: object, choices: tuple[str, ...]) -> Text:
    """The value is not one of ``choices``: names the first eight (and 等 when there are more)."""
    if len(choices) > 8:
        return msg(
            "{field}“{value}”不在可选范围内，可选：{choices}等。",
            field=label,
            value=str(raw),
            choices=choices[:8],
        )
    return msg(
        "{field}“{value}”不在可选范围内，可选：{choices}。",
        field=label,
        value=str(raw),
        choices=choices,
    )


def _choice(
    raw: object, choices: tuple[str, ...], label: str, aliases: dict[str, str] | None = None
) -> str | None:
    if raw is None or str(raw).strip() == "":
        return None
    v = enums.normalize_choice(str(raw), choices, aliases)
    if v is None:
        raise RuleError(_not_a_choice(label, raw, choices))
    return v


def _items(raw: object) -> list[object]:
    """A multi-valued cell (老年、家庭) or list as its items."""
    if isinstance(raw, list | tuple):
        return list(raw)
    return list(
        str(raw)
        .replace("，", ",")
        .replace("、", ",")
        .replace("；", ",")
        .replace(";", ",")
        .split(",")
    )


def _pick_many(
    raw: object, choices: tuple[str, ...], label: str, aliases: dict[str, str] | None = None
) -> list[str]:
    """The choices a multi-valued cell or list names, each once, in the order given."""
    if raw is None:
        return []
    out: list[str] = []
    for item in _items(raw):
        s = str(item).strip()
        if not s:
            continue
        s = (aliases or {}).get(s, s)
        if s not in choices:
            raise RuleError(
                msg(
                    "{field}“{value}”不在可选范围内，可选：{choices}。",
                    field=label,
                    value=s,
                    choices=choices,
                )
            )
        if s not in out:
            out.append(s)
    return out


def parse_roles(raw: object) -> list[str]:
    """Roles held besides the post type (``core.workforce.ROLES``), in the vocabulary's order."""
    found = _pick_many(raw, workforce.ROLES, _ROLES)
    return [r for r in workforce.ROLES if r in found]


def parse_domains(raw: object) -> list[str]:
    if isinstance(raw, str):
        return list(_domains_of_text(raw))
    return _pick_many(raw, enums.DOMAINS, _DOMAINS, enums.DOMAIN_ALIASES)


@lru_cache(maxsize=1024)
def _domains_of_text(raw: str) -> tuple[str, ...]:
    """``parse_domains`` of a cell's text, kept: a roster repeats a few dozen combinations
    over its thousands of rows. (A cell that is refused raises, and is not kept.)"""
    return tuple(_pick_many(raw, enums.DOMAINS, _DOMAINS, enums.DOMAIN_ALIASES))


def _name(raw: object) -> str:
    """The name as stored: plain text (``core.text``), no spaces (ideographic ones included)."""
    name = clean_text(raw or "", _NAME).replace(" ", "")
    if not name:
        raise RuleError(msg("姓名不能为空。"), "name")
    if len(name) > 30:
        raise RuleError(msg("姓名太长（最多{limit}个字）。", limit=30), "name")
    return name


def validate_worker(raw: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """Check every field at once; raise FieldErrors mapping field → Chinese reason."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}

    def run(name: str, fn: Any) -> None:
        try:
            out[name] = fn()
        except RuleError as e:
            errors[name] = e.message

    run("name", lambda: _name(raw.get("name")))

    try:
        idn = parse_id_number(raw.get("id_number"), today)
        out["id_number"] = idn.value
        out["gender"] = idn.gender
        out["birth_date"] = idn.birth_date.isoformat()
        out["id_note"] = idn.note or raw.get("id_note") or None
        given_gender = str(raw.get("gender") or "").strip()
        if given_gender and given_gender != idn.gender:
            errors["gender"] = msg(
                "性别“{given}”与身份证号不符（号码显示为{gender}）。",
                given=given_gender,
                gender=idn.gender,
            )
        given_birth = raw.get("birth_date")
        if given_birth not in (None, ""):
            try:
                b = parse_loose_date(given_birth)
            except RuleError:
                b = None
            if (
                b
                and b != idn.birth_date
                and not (b.day == 1 and b.replace(day=idn.birth_date.day) == idn.birth_date)
            ):
                errors["birth_date"] = msg(
                    "出生日期 {given} 与身份证号不符（号码显示为 {born}）。",
                    given=b.isoformat(),
                    born=idn.birth_date.isoformat(),
                )
    except RuleError as e:
        errors["id_number"] = e.message

    run("ethnicity", lambda: _choice(raw.get("ethnicity"), enums.ETHNICITIES, _ETHNICITY))
    run("phone", lambda: parse_mobile(raw.get("phone")))
    run(
        "political_status",
        lambda: _choice(raw.get("political_status"), enums.POLITICAL_STATUSES, _POLITICAL),
    )
    run(
        "education",
        lambda: _choice(
            raw.get("education"), enums.EDUCATIONS, _EDUCATION, enums.EDUCATION_ALIASES
        ),
    )
    run("major", lambda: clean_text(raw.get("major") or "", _MAJOR) or None)
    out["sw_major"] = 1 if _bool(raw.get("sw_major")) else 0
    code = str(raw.get("village_code") or "").strip()
    out["village_code"] = code or None
    run("post_type", lambda: _choice(raw.get("post_type"), enums.POST_TYPES, _POST_TYPE))
    out["professional_post"] = 1 if _bool(raw.get("professional_post")) else 0
    run("domains", lambda: parse_domains(raw.get("domains")))
    if "roles" in raw:
        # Roles live in their own table (store.worker_roles); only a form or roster that
        # shows them sets them.
        run("roles", lambda: parse_roles(raw.get("roles")))
    run(
        "status",
        lambda: _choice(raw.get("status") or enums.STATUS_ON_DUTY, enums.STATUSES, _STATUS),
    )
    run("status_date", lambda: iso(parse_loose_date(raw.get("status_date"), "status_date")))
    run("notes", lambda: clean_text(raw.get("notes") or "", _NOTES, multiline=True) or None)
    if errors:
        raise FieldErrors(errors)
    return out


def certificate_level(value: Any) -> str | None:
    """The level a cell names (its aliases too), or None when it names none."""
    return enums.normalize_choice(str(value or ""), enums.LEVELS, enums.LEVEL_ALIASES)


def certificate_number(value: Any) -> str | None:
    """A cell's certificate number as stored (a whole number Excel made a float is its
    digits), None for a blank; RuleError saying why for a text that cannot be one."""
    if isinstance(value, float) and value.is_integer():
        value = str(int(value))
    if value in (None, ""):
        return None
    return clean_text(value, _CERT_NUMBER) or None


def validate_certificate(raw: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    lv = raw.get("level")
    level = certificate_level(lv)
    if level is None:
        errors["level"] = msg(
            "证书等级“{value}”不对，可选：{choices}。", value=lv or "", choices=enums.LEVELS
        )
    out["level"] = level
    try:
        out["cert_number"] = certificate_number(raw.get("cert_number"))
    except RuleError as e:
        errors["cert_number"] = e.message
    for key, label in (("obtained_date", _OBTAINED), ("registration_date", _REGISTERED)):
        try:
            out[key] = iso(parse_loose_date(raw.get(key), key))
        except RuleError as e:
            errors[key] = msg("{field}：{reason}", field=label, reason=e.message)
    if (
        not errors
        and out["obtained_date"]
        and out["registration_date"]
        and out["registration_date"] < out["obtained_date"]
    ):
        errors["registration_date"] = msg("登记日期早于取得日期，请核对。")
    if errors:
        raise FieldErrors(errors)
    return out


def current_level(certificates: list[dict[str, Any]]) -> str | None:
    """The highest level among the certificates held."""
    return enums.highest_level([c["level"] for c in certificates if c.get("level")])
