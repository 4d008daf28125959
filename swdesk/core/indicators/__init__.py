"""Workforce indicators (队伍建设指标): definitions as data, one engine, and what it returns.

The targets come from the policy texts (《攀枝花市社会工作专业人才队伍建设"十四五"规划》's main
indicators table, the staffing rules of 《关于加强社会工作专业岗位开发与人才激励保障的意见》 and
the 六有 of 《关于加快推进乡镇（街道）社会工作服务站建设的通知》); which apply, and with what target,
differs by locality, so they live in ``resources/settings`` as presets, never here.
"""
