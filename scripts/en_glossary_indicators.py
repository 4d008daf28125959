"""English for the workforce indicators (队伍建设指标): rule files, targets and gaps.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    # cli/indicators.py
    "--target 应写成 指标=数值，如 total=300：“{item}”不对。": (
        "Write --target as KEY=NUMBER, such as total=300: “{item}” is not."
    ),
    "--preset 和 --load 只能选一个。": "Use either --preset or --load, not both.",
    # core/indicators/definitions.py
    "{what}缺少“{key}”（文字）。": "{what} lacks “{key}” (text).",
    "{what}的筛选条件应是文字列表。": "The filters of {what} should be a list of names.",
    '{what}应是一个对象，如 {{"workers": ["certified_in_post"]}}。': (
        '{what} should be an object, such as {{"workers": ["certified_in_post"]}}.'
    ),
    "{what}：不能合计“{figure}”，可用：{names}。": (
        "{what}: “{figure}” cannot be summed; use one of: {names}."
    ),
    "{what}应只统计一种对象：{names}。": "{what} should count exactly one of: {names}.",
    "{what}的目标值应是不小于 0 的数，或 null（未设目标）。": (
        "The target of {what} should be a number of at least 0, or null (no target)."
    ),
    "每个指标应是一个对象。": "Each indicator should be an object.",
    "指标": "An indicator",
    "指标“{key}”": "Indicator “{key}”",
    "{what}的 scope 应是 {names} 之一。": "The scope of {what} should be one of {names}.",
    "{what}的 kind 应是 约束性 或 预期性。": "The kind of {what} should be 约束性 or 预期性.",
    "{what}的 op 应是 >= 或 <=。": "The op of {what} should be >= or <=.",
    "{what}有分母，单位应是 {names} 之一。": (
        "{what} has a denominator, so its unit should be one of {names}."
    ),
    "{what}是每个村（社区）的目标：应统计 workers 或 posts，且没有分母。": (
        "{what} is a target for each village or community: it should count workers or posts, "
        "with no denominator."
    ),
    "{what}是每个村（社区）的目标，需要目标值。": (
        "{what} is a target for each village or community and needs a target value."
    ),
    "{what}没有指标（indicators 应是非空列表）。": (
        "{what} has no indicators (indicators should be a non-empty list)."
    ),
    "指标“{key}”出现了两次。": "Indicator “{key}” appears twice.",
    "targets 应是“指标 → 目标值”的对象。": "targets should be an object of indicator → target.",
    "没有指标“{key}”，不能设目标值。": "There is no indicator “{key}” to set a target for.",
    "指标规则应是一个对象。": "The indicator rules should be an object.",
    "指标规则缺少生效日期 valid_from（YYYY-MM-DD）。": (
        "The indicator rules lack the day they take effect, valid_from (YYYY-MM-DD)."
    ),
    "指标规则": "The indicator rules",
    "指标规则“{name}”": "Indicator rules “{name}”",
    "指标规则应有至少一个版本（versions）。": (
        "The indicator rules should have at least one version (versions)."
    ),
    # core/indicators/engine.py
    "{what}：{counter} 没有筛选条件“{name}”，可用：{names}。": (
        "{what}: {counter} has no filter “{name}”; use one of: {names}."
    ),
    "{what}：筛选条件“{name}”需要写成“{name}:值”。": (
        "{what}: write the filter “{name}” as “{name}:value”."
    ),
    "{what}：staffed 后应是人数，如 staffed:2（不写则按设置）。": (
        "{what}: staffed takes a number of people, such as staffed:2 (without one, the setting applies)."
    ),
    "达到“每个 {target} {unit}”的村（社区）占比": (
        "Share of villages and communities with {target} {unit} each"
    ),
    # core/indicators/results.py
    "还差 {n} 个专业岗位": "{n} professional post(s) short",
    "还差 {n} 名持证社工": "{n} certified social worker(s) short",
    # store/indicator_rules.py
    "本乡镇（街道）已加入县里的同步：指标规则由县里制定，随回执下发，"
    "这里不能修改。需要调整请联系县（区）民政局。": (
        "This township has joined the county's sync: the county sets the indicator rules and "
        "sends them with every receipt, so they cannot be changed here. Ask the county civil "
        "affairs bureau to change them."
    ),
    "没有名为“{key}”的指标预设。": "There is no indicator preset named “{key}”.",
    "读不了文件 {path}：{why}": "Cannot read {path}: {why}",
    "{path} 不是有效的 JSON（第 {line} 行）：{why}": "{path} is not valid JSON (line {line}): {why}",
    "{path} 应是一个对象，含 name 和 indicators。": (
        "{path} should be an object with name and indicators."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "VillagesPage": {
        "档案数": "Files",
        "持证在岗": "Certified in post",
        "本村（社区）全部档案（未删除），含离岗、调出和未持证的人": (
            "Every file of the village or community (not deleted), including people who left, "
            "moved away or hold no certificate"
        ),
        "今天在岗、持助理社会工作师及以上证书的人，与队伍建设指标的统计口径相同": (
            "People in post today holding 助理社会工作师 or higher, counted as the workforce "
            "indicators count them"
        ),
    },
}
