"""Workforce indicators (队伍建设指标): definitions as data, one engine, and what it returns.

The targets come from the policy texts (the main indicators table of 《攀枝花市社会工作专业队伍
建设“十四五”规划》, the staffing rules of 《成都市社区社会工作专业岗位管理办法》 and 《关于加快推进
社区社会工作服务的指导意见》, and the 六有 standard of 《“十四五”民政事业发展规划》); which apply, and with what target,
differs by locality, so they live in ``resources/settings`` as presets, never here.
"""
