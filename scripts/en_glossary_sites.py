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
