"""English for the shipped indicator presets' names, kinds and units (队伍建设指标预设).

The Chinese is marked in ``swdesk/core/indicators/names.py`` (names, units) and
``swdesk/core/indicators/definitions.py`` (kinds). Merged into ``scripts/en_glossary.py``.
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    "约束性": "Binding",
    "预期性": "Expected",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "DomainsChart": {"{label} {n}（{share}%）": "{label} {n} ({share}%)"},
    "IndicatorsPage": {
        "服务{domain}领域的持证社工": "Certified social workers serving {domain}",
    },
    "IndicatorNames": {
        # presets
        "各村（社区）持证社工配备": "Certified social workers in each village and community",
        "攀枝花“十四五”主要指标": "Panzhihua 14th Five-Year Plan main indicators",
        "綦江数量目标": "Qijiang number targets",
        "吉林社区社会工作人才比例": "Jilin community social work talent ratio",
        "成都社会工作专业岗位设置": "Chengdu professional social work posts",
        # indicators
        "每个城市社区持证社工不少于 2 名": (
            "At least 2 certified social workers in each urban community"
        ),
        "每个村持证社工不少于 1 名": "At least 1 certified social worker in each village",
        "社会工作专业队伍总量": "Professional social workers in total",
        "社会工作专业人才占户籍总人口数": ("Professional social workers per registered population"),
        "通过社会工作者职业水平考试人数": "People who passed the social worker qualification exam",
        "社区专职工作者中取得社会工作者职业水平证书比例": (
            "Share of full-time community workers holding a social worker certificate"
        ),
        "城市社区平均社会工作专业人才": "Professional social workers per urban community",
        "农村社区平均社会工作专业人才": "Professional social workers per rural community",
        "老年社会工作专业人才": "Professional social workers serving older people",
        "未成年人关爱保护社会工作专业人才": (
            "Professional social workers in the care and protection of minors"
        ),
        "社会工作服务机构党建覆盖率": "Party-building coverage of social work agencies",
        "乡镇（街道）社会工作服务覆盖率": (
            "Social work service coverage of townships (subdistricts)"
        ),
        "持有社会工作者职业水平证书的社会工作专业人才": (
            "Professional social workers holding a social worker certificate"
        ),
        "从事专业社会服务的区级党政群机关、事业单位、各街镇干部职工中通过考试的比例": (
            "Share who passed the exam among staff of district Party, government and mass "
            "organisations, public institutions, subdistricts and towns doing professional "
            "social services"
        ),
        "其他区级党政群机关、事业单位干部职工中通过考试的比例": (
            "Share who passed the exam among other staff of district Party, government and "
            "mass organisations and public institutions"
        ),
        "从事专业社会服务的事业单位专业技术岗位中社会工作专业岗位比例": (
            "Share of social work posts among the professional posts of public institutions "
            "doing professional social services"
        ),
        "各村定员干部至少有 1 名持证社工": (
            "At least 1 certified social worker among each village's staffed cadres"
        ),
        "各社区定员干部至少有 2 名持证社工": (
            "At least 2 certified social workers among each community's staffed cadres"
        ),
        "城市社区社会工作专业人才占社区工作者比例": (
            "Share of professional social workers among urban community workers"
        ),
        "每个社区至少设置 2 个社会工作专业岗位（配备专职社会工作专业人才）": (
            "At least 2 social work posts in each community (held by full-time professional "
            "social workers)"
        ),
        "每个建制村至少设置 1 个社会工作专业岗位（配备专职社会工作专业人才）": (
            "At least 1 social work post in each administrative village (held by a full-time "
            "professional social worker)"
        ),
    },
    "IndicatorUnits": {
        "人": "people",
        "名": "people",
        "个": "posts",
        "名/社区": "per community",
    },
}
