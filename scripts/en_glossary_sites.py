"""English for station sites (站点) and posts at named agencies (机构岗位).

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    # cli/posts.py, store/posts.py
    "请用 --unit 指定村（社区）或社工站，或用 --agency 指定机构，二者选一。": (
        "Give either --unit (a village, community or the station) or --agency (an agency), "
        "not both."
    ),
    "机构名称": "Agency name",
    "机构名称不能为空：请写上岗位所在机构的全称。": (
        "The agency name is empty: write the full name of the agency the post is at."
    ),
    # store/stations.py
    "启用日期 {day} 在今天之后，请填已经启用的日期。": (
        "The opening date {day} is after today: enter the date the site opened."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "PostAddDialog": {
        "社会工作服务机构等（填写机构名称）": "A social work agency or other (type its name)",
        "岗位所在机构的全称，如：阳光社会工作服务中心": (
            "Full name, such as Sunshine Social Work Centre"
        ),
    },
    "PostsPage": {
        "新增站点…": "Add a site…",
        "{site}（{village}）": "{site} ({village})",
        "站点 {n} 个：{names}": "Sites ({n}): {names}",
    },
    "StationSiteDialog": {
        "新增社工站站点": "Add a station site",
        "站点属于 {station}。": "The site belongs to {station}.",
        "本乡镇还没有登记社工站：新增站点时一并登记。": (
            "This township has no station registered yet: it is registered with the site."
        ),
        "（不指定）": "(None)",
        "登记站点": "Add site",
        "站点名称(&N)：": "Site &name:",
        "如：红星村社会工作服务点": "Such as Hongxing Village service point",
        "启用日期(&D)：": "Opened on (&D):",
        "所在村（社区）(&V)：": "&Village/Community:",
    },
}
