"""The words the shipped indicator presets show, marked for translation.

The presets (``resources/settings/indicator_presets.json``) are data, so lupdate cannot see
their names; they are listed here once, in the context ``IndicatorNames`` (the presets' and the
indicators' names) and ``IndicatorUnits`` (the units a figure is shown in). The interface shows
them with ``ui.indicator_labels``; a name a county loads from its own file is not here and is
shown as written. The statistics report and the CLI keep the Chinese: the report is the
official form.
"""

from __future__ import annotations

from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N

NAMES_CONTEXT = "IndicatorNames"
UNITS_CONTEXT = "IndicatorUnits"

NAMES: tuple[str, ...] = (
    _N("IndicatorNames", "各村（社区）持证社工配备"),
    _N("IndicatorNames", "每个城市社区持证社工不少于 2 名"),
    _N("IndicatorNames", "每个村持证社工不少于 1 名"),
    _N("IndicatorNames", "攀枝花“十四五”主要指标"),
    _N("IndicatorNames", "社会工作专业队伍总量"),
    _N("IndicatorNames", "社会工作专业人才占户籍总人口数"),
    _N("IndicatorNames", "通过社会工作者职业水平考试人数"),
    _N("IndicatorNames", "社区专职工作者中取得社会工作者职业水平证书比例"),
    _N("IndicatorNames", "城市社区平均社会工作专业人才"),
    _N("IndicatorNames", "农村社区平均社会工作专业人才"),
    _N("IndicatorNames", "老年社会工作专业人才"),
    _N("IndicatorNames", "未成年人关爱保护社会工作专业人才"),
    _N("IndicatorNames", "社会工作服务机构党建覆盖率"),
    _N("IndicatorNames", "乡镇（街道）社会工作服务覆盖率"),
    _N("IndicatorNames", "綦江数量目标"),
    _N("IndicatorNames", "持有社会工作者职业水平证书的社会工作专业人才"),
    _N(
        "IndicatorNames",
        "从事专业社会服务的区级党政群机关、事业单位、各街镇干部职工中通过考试的比例",
    ),
    _N("IndicatorNames", "其他区级党政群机关、事业单位干部职工中通过考试的比例"),
    _N("IndicatorNames", "从事专业社会服务的事业单位专业技术岗位中社会工作专业岗位比例"),
    _N("IndicatorNames", "各村定员干部至少有 1 名持证社工"),
    _N("IndicatorNames", "各社区定员干部至少有 2 名持证社工"),
    _N("IndicatorNames", "吉林社区社会工作人才比例"),
    _N("IndicatorNames", "城市社区社会工作专业人才占社区工作者比例"),
    _N("IndicatorNames", "成都社会工作专业岗位设置"),
    _N("IndicatorNames", "每个社区至少设置 2 个社会工作专业岗位（配备专职社会工作专业人才）"),
    _N("IndicatorNames", "每个建制村至少设置 1 个社会工作专业岗位（配备专职社会工作专业人才）"),
)

# "%" and "‰" read the same in every language and are not listed.
UNITS: tuple[str, ...] = (
    _N("IndicatorUnits", "人"),
    _N("IndicatorUnits", "名"),
    _N("IndicatorUnits", "个"),
    _N("IndicatorUnits", "名/社区"),
)
