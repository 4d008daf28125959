"""English for certificate registrations (证书登记): the worker file's 登记记录, the roster's
registration columns and the refusals of ``store.registrations``.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    "填了登记类型、有效期至、登记状态或证书管理号，请同时填写登记日期。": (
        "The registration type, valid-until date, registration state or certificate "
        "management number is filled in: please also fill in the registration date."
    ),
    "填了证书登记，请同时填写证书等级。": (
        "A certificate registration is filled in: please also fill in the certificate level."
    ),
    "这本{level}证书已有一条首次登记（{start} 起），不能再记一条。请修改那一条，或把这次记为再登记。": (
        "This {level} certificate already has a first registration (from {start}); it cannot "
        "have another. Change that one, or record this one as a re-registration."
    ),
    "首次登记的有效期起 {start} 早于证书取得日期 {obtained}，请核对。": (
        "The first registration's start {start} is before the certificate was obtained "
        "({obtained}). Please check."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "RegistrationDialog": {
        "添加登记": "Add Registration",
        "修改登记": "Edit Registration",
        "证书登记": "Certificate Registration",
        "证书等级(&L)：": "Certificate &level:",
        "登记类型(&K)：": "Registration &kind:",
        "登记状态(&S)：": "&State:",
        "有效期起(&F)：": "Valid &from:",
        "有效期至(&U)：": "Valid &until:",
        "不填按有效期起 3 年": "Left empty: 3 years from the start",
        "申请日期(&P)：": "A&pplied on:",
        "证书管理号(&N)：": "Management &number:",
        "备注(&R)：": "&Remarks:",
        "按全国社会工作信息系统里显示的填写。只有终审通过、已完成、已出证的登记计入继续教育登记期和津贴。": (
            "Fill in what the national social-work information system shows. Only "
            "registrations that passed the final review, are completed or have their "
            "certificate issued count for continuing-education periods and allowances."
        ),
        "保存": "Save",
        "取消": "Cancel",
    },
    "RegistrationsSection": {
        "这个状态的登记不计入继续教育登记期和津贴": (
            "A registration in this state does not count for continuing-education periods "
            "and allowances"
        ),
        "还没有登记记录。": "No registrations recorded yet.",
        "登记由乡镇（街道）记录，随同步数据包报来。": (
            "Registrations are recorded by the townships and arrive in their sync packages."
        ),
        "删除登记": "Delete Registration",
        "确定删除 {start} 起的这条{kind}记录吗？": "Delete the {kind} from {start}?",
        "登记记录": "Registrations",
        "等级": "Level",
        "登记类型": "Kind",
        "有效期起": "Valid From",
        "有效期至": "Valid Until",
        "登记状态": "State",
        "证书管理号": "Management Number",
        "添加登记": "Add Registration",
        "修改登记": "Edit Registration",
    },
    "WorkerEditor": {
        "请先保存档案，再记录登记。": "Save the file first, then record registrations.",
        "证书有未保存的修改，请先保存档案，再修改登记。": (
            "The certificates have unsaved changes: save the file first, then change registrations."
        ),
    },
}
