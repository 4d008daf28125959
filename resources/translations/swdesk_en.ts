<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CertificatesEditor</name>
    <message>
        <location filename="../../swdesk/ui/certificates_table.py" line="+69"/>
        <source>未填</source>
        <translation>Not Given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按 Delete 键清空日期</source>
        <translation>Press Delete to clear the date</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>证书上的编号</source>
        <translation>Number on the certificate</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>当前等级：%1</source>
        <translation>Current level: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前等级：无证书</source>
        <translation>Current level: no certificate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>第 %1 行：</source>
        <translation>Row %1: </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../swdesk/ui/crash.py" line="+42"/>
        <source>swdesk 出错了</source>
        <translation>swdesk ran into an error</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>swdesk 遇到了一个意外错误。已经保存的数据不受影响，但刚才的操作可能没有完成，请检查一下。</source>
        <translation>swdesk hit an unexpected error. Data already saved is not affected, but the last action may not have finished: please check it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误详情已写入日志文件：
{path}
请把这个文件发给技术支持。</source>
        <translation>The error details were written to the log file:
{path}
Please send this file to technical support.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误详情如下，请复制后发给技术支持。</source>
        <translation>The error details are below; copy them and send them to technical support.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+27"/>
        <source>显示详情</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出 swdesk</source>
        <translation>Quit swdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续使用</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>隐藏详情</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="+247"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../swdesk/ui/filter_bar.py" line="+39"/>
        <source>搜索：姓名、拼音（如 zs）、身份证号、手机号</source>
        <translation>Search: name, pinyin (e.g. zs), ID number, mobile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>按村（社区）筛选</source>
        <translation>Filter by village/community</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按证书等级筛选</source>
        <translation>Filter by certificate level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部等级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无证书</source>
        <translation>No Certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按岗位类型筛选</source>
        <translation>Filter by post type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部岗位类型</source>
        <translation>All post types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按服务领域筛选</source>
        <translation>Filter by service domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部服务领域</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已删除</source>
        <translation>Show deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>全部村（社区）</source>
        <translation>All villages</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../swdesk/ui/first_run.py" line="+45"/>
        <source>欢迎使用 swdesk — 首次设置</source>
        <translation>Welcome to swdesk — first-time setup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这个数据文件还没有设置所属单位。请选择单位类型，填写区划代码和单位名称。设置后不能更改（县级汇总靠它识别数据来自哪里）。</source>
        <translation>This data file has no unit yet. Choose the unit type and enter its division code and name. This cannot be changed later (the county uses it to know where data comes from).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇（街道）社工站</source>
        <translation>Township (subdistrict) social-work station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（区）民政局</source>
        <translation>County Civil Affairs Bureau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>填入演示数据（{n} 名社工）</source>
        <translation>Add demo data ({n} social workers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用虚构的村（社区）和社工试用本程序；正式使用请不要勾选。</source>
        <translation>Try the program with made-up villages and social workers; leave unticked for real use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位类型：</source>
        <translation>Unit type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划代码：</source>
        <translation>Division Code:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位名称：</source>
        <translation>Unit Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>9位数字，如 510104001</source>
        <translation>9 digits, e.g. 510104001</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6位数字，如 510104</source>
        <translation>6 digits, e.g. 510104</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇（街道）代码：县6位 + 乡镇3位。</source>
        <translation>Township (subdistrict) code: 6 county digits + 3 township digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）代码：6位。</source>
        <translation>County (district) code: 6 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：某某街道社工站</source>
        <translation>e.g. XX Subdistrict Social-Work Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：某某区民政局</source>
        <translation>e.g. XX District Civil Affairs Bureau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>单位名称不能为空。</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>正在填入演示数据……</source>
        <translation>Adding demo data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>演示数据</source>
        <translation>Demo Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位已经设置好，但演示数据没有填入：{reason}</source>
        <translation>The unit is set up, but the demo data was not added: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../swdesk/ui/history_dialog.py" line="+63"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+15"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>证书（%1）</source>
        <translation>Certificate (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>修改记录 — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1（%2）的档案共有 %3 条修改记录，最新的在最上面。</source>
        <translation>The file of %1 (%2) has %3 recorded changes, newest first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值 → 新值</source>
        <translation>Old → new value</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="-160"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+188"/>
        <location line="+430"/>
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>选择要导入的花名册（Excel .xlsx 文件）</source>
        <translation>Choose the roster to import (Excel .xlsx file)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>表头可以在标题行下面；列名可以是“身份证号”“身份证号码”“公民身份号码”、“联系电话”“手机号码”等常见写法，认不出的列会被忽略。
选择文件后先检查并预览，确认后才会写入档案。同一个人按身份证号对应：已有的档案只更新有变化的内容，重复导入同一份文件不会改动任何档案。
也可以把文件拖到这个窗口里。</source>
        <translation>The header may sit below title rows; columns may be named in the usual ways (身份证号, 身份证号码, 公民身份号码, 联系电话, 手机号码 …); unrecognised columns are ignored.
The file is checked and previewed first; nothing is written until you confirm. People are matched by ID number: existing files only get what changed, and importing the same file again changes nothing.
You can also drop the file onto this window.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>重新读取</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改正并保存 Excel 文件后，点这里重新检查</source>
        <translation>After correcting and saving the Excel file, click here to check it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+56"/>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>把错误报告发给填表人，改正花名册中列出的格子后重新导入。</source>
        <translation>Send the error report to whoever filled in the roster; correct the listed cells and import again.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>只导入正确的行</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>导入另一个文件…</source>
        <translation>Import another file…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>选择花名册</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+253"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>正在读取和检查花名册……</source>
        <translation>Reading and checking the roster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>读取花名册</source>
        <translation>Read roster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>文件：{file}    工作表“{sheet}”，表头在第 {row} 行</source>
        <translation>File: {file}    sheet &quot;{sheet}&quot;, header in row {row}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>识别出 {n} 列：{columns}</source>
        <translation>{n} columns recognised: {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未识别、不会导入的列：{columns}</source>
        <translation>Columns not recognised (not imported): {columns}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全部行（{n}）</source>
        <translation>All rows ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误（{n}）</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>共 {n} 行：</source>
        <translation>{n} rows: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>这份花名册在表头下面没有数据行，没有可以导入的内容。</source>
        <translation>This roster has no data rows below its header; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所有 {n} 行都有错误，没有可以导入的行：请改正后重新选择文件。</source>
        <translation>All {n} rows have errors, so nothing can be imported: correct the file and choose it again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>有 {n} 行错误，整份不能导入：请改正后重新选择文件，或勾选“只导入正确的行”。</source>
        <translation>{n} rows have errors, so the roster cannot be imported as a whole: correct it and choose it again, or tick &quot;Import only the valid rows&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>除了有错误的 {n} 行，其余各行与现有档案一致，没有需要导入的内容。</source>
        <translation>Apart from the {n} rows with errors, every row matches the existing files; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>花名册与现有档案一致，没有需要导入的内容。</source>
        <translation>The roster matches the existing files; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>将跳过有错误的 {bad} 行，只导入正确的行：新增 {new} 人，更新 {upd} 人。</source>
        <translation>The {bad} rows with errors will be skipped and only valid rows imported: {new} added, {upd} updated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>将新增 {new} 人，更新 {upd} 人；无变化的 {same} 行不会改动。</source>
        <translation>{new} will be added and {upd} updated; the {same} unchanged rows are left as they are.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在导入花名册……</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>导入完成：新增 {added} 人，更新 {updated} 人，无变化 {same} 人。</source>
        <translation>Import finished: {added} added, {updated} updated, {same} unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>证书：新增 {a} 条，更新 {u} 条。</source>
        <translation>Certificates: {a} added, {u} updated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>有错误的 {n} 行没有导入：可以保存错误报告，改正后再导入同一份文件（已导入的行不会重复）。</source>
        <translation>The {n} rows with errors were not imported: save the error report, correct them and import the same file again (rows already imported are not duplicated).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{stem}_错误报告.xlsx</source>
        <translation>{stem}_errors.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>不能用错误报告覆盖花名册本身，请换一个文件名。</source>
        <translation>The error report cannot overwrite the roster itself; choose another file name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>错误报告已保存到：
{path}</source>
        <translation>Error report saved to:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../swdesk/ui/main_window.py" line="+61"/>
        <source>社工档案</source>
        <translation>Social Worker Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>新建档案…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>录入一名社工的档案</source>
        <translation>Enter a social worker&apos;s file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑选中的档案（也可双击或按回车键）</source>
        <translation>Edit the selected file (or double-click it, or press Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除选中的档案（可以恢复）</source>
        <translation>Delete the selected file (can be restored)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恢复选中的已删除档案</source>
        <translation>Restore the selected deleted file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改历史…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看选中档案的修改记录</source>
        <translation>Show the change history of the selected file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入花名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从 Excel 花名册导入社工档案</source>
        <translation>Import worker files from an Excel roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出花名册…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>把全部社工档案导出为 Excel 花名册</source>
        <translation>Export all worker files as an Excel roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成一份空白的花名册导入模板</source>
        <translation>Create a blank roster import template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把数据文件另存一份备份</source>
        <translation>Save a backup copy of the data file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用一份备份替换当前数据</source>
        <translation>Replace the current data with a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+381"/>
        <source>关于 swdesk</source>
        <translation>About swdesk</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>档案(&amp;W)</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>乡镇社工站</source>
        <translation>Township Social Work Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县（区）民政局</source>
        <translation>County Civil Affairs Bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swdesk — {unit}（{role}）</source>
        <translation>swdesk — {unit} ({role})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>共 {total} 人，显示 {shown} 人</source>
        <translation>{total} people, {shown} shown</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>档案已删除</source>
        <translation>File deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 的档案已删除，要先恢复它吗？</source>
        <translation>The file of {name} was deleted. Restore it first?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已保存。这份档案不符合当前的筛选条件，所以没有显示在列表里。</source>
        <translation>Saved. This file does not match the current filters, so it is not shown in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>删除档案</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>确定删除 {name} 的档案吗？删除后可在“显示已删除”中恢复。</source>
        <translation>Delete the file of {name}? It can be restored later under &quot;Show deleted&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已删除 {name} 的档案。</source>
        <translation>Deleted the file of {name}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>恢复档案</source>
        <translation>Restore file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已恢复 {name} 的档案。</source>
        <translation>Restored the file of {name}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+12"/>
        <source>导出花名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>社工花名册_{date}.xlsx</source>
        <translation>worker_roster_{date}.xlsx</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在导出花名册……</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出 {n} 人到：
{path}</source>
        <translation>Exported {n} people to:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>社工花名册导入模板.xlsx</source>
        <translation>worker_roster_template.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已生成导入模板：
{path}</source>
        <translation>Import template created:
{path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>备份数据文件</source>
        <translation>Back up the data file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swdesk 数据文件 (*.db)</source>
        <translation>swdesk data file (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>swdesk 数据文件 (*.db);;所有文件 (*)</source>
        <translation>swdesk data file (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>用备份“{name}”中的数据替换当前的全部数据吗？
当前数据会先另存为一份备份，恢复后仍可找回。</source>
        <translation>Replace all current data with the data in the backup &quot;{name}&quot;?
The current data is saved as a backup first, so it can still be recovered.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已从备份恢复。恢复前的数据已另存为：
{path}</source>
        <translation>Restored from the backup. The data from before the restore was saved as:
{path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>swdesk {version}
乡镇社工站社会工作者人才档案管理（离线版）

单位：{unit}（{code}）
数据文件：{path}
日志文件：{log}
共 {n} 名社工，{v} 个村（社区）。</source>
        <translation>swdesk {version}
Social-worker files for township social-work stations (offline)

Unit: {unit} ({code})
Data file: {path}
Log file: {log}
{n} social workers, {v} villages/communities.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="-634"/>
        <source>新建档案，含证书：{level}</source>
        <translation>New file, with certificate: {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新建档案</source>
        <translation>New file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变化或错误</source>
        <translation>Changes or errors</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../swdesk/ui/settings_dialog.py" line="+40"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>如：张三（不填则用电脑登录名 {user}）</source>
        <translation>e.g. Zhang San (empty: the computer login {user})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>操作员姓名会记入修改历史。界面语言在重新打开 swdesk 后生效。</source>
        <translation>The operator&apos;s name is recorded in the change history. The interface language takes effect when swdesk is opened again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>操作员姓名：</source>
        <translation>Operator name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日自动备份保留：</source>
        <translation>Daily backups to keep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言：</source>
        <translation>Interface Language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../swdesk/ui/villages_page.py" line="+50"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社工人数</source>
        <translation>Social workers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>12位统计用区划代码</source>
        <translation>12-digit statistical division code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：和平社区、红星村</source>
        <translation>e.g. 和平社区, 红星村</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>代码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>村（社区）信息</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>代码是12位统计用区划代码：县6位 + 乡镇3位 + 村（社区）3位。社区按城市社区统计，村按农村社区统计。</source>
        <translation>The code is the 12-digit statistical division code: 6 county + 3 township + 3 village/community digits. 社区 counts as an urban community, 村 as a rural one.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>删除村（社区）</source>
        <translation>Delete village/community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{name}”（{code}）吗？</source>
        <translation>Delete &quot;{name}&quot; ({code})?</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../swdesk/ui/worker_editor.py" line="+227"/>
        <location line="+50"/>
        <location line="+119"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>如：汉族（可输入查找）</source>
        <translation>e.g. Han (type to search)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+505"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>%1（已删除）</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>新建社工档案</source>
        <translation>New worker file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>社工档案 — %1</source>
        <translation>Worker file — %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  状态：%2 → %3</source>
        <translation>%1  status: %2 → %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>没有调动</source>
        <translation>No moves</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>身份证号不能为空。</source>
        <translation>The ID number must not be empty.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已输入 %1 位，共 18 位</source>
        <translation>%1 of 18 characters typed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>15位旧号码，保存时升位为18位：%1</source>
        <translation>Old 15-digit number; saved as the 18-digit %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已经有这个身份证号的档案（%1，已删除），保存时可以恢复它。</source>
        <translation>A file with this ID number exists (%1, deleted); you can restore it when saving.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已经有这个身份证号的档案（%1），保存时可以打开它。</source>
        <translation>A file with this ID number exists (%1); you can open it when saving.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>这个村（社区）已经删除，请选择现有的村（社区）。</source>
        <translation>This village/community was deleted; choose an existing one.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>要恢复这份档案并打开它吗？本窗口里填写的内容不会保存。</source>
        <translation>Restore that file and open it? What you entered in this window will not be saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复并打开</source>
        <translation>Restore and open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要打开已有档案吗？本窗口里填写的内容不会保存。</source>
        <translation>Open the existing file? What you entered in this window will not be saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开已有档案</source>
        <translation>Open existing file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>身份证号重复</source>
        <translation>Duplicate ID number</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>档案有未保存的修改，要放弃这些修改吗？</source>
        <translation>The file has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../forms/worker_editor.ui" line="+14"/>
        <source>社工档案</source>
        <translation>Worker file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>基本信息</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>身份证号(&amp;I)</source>
        <translation>&amp;ID Number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18位居民身份证号（15位旧号码会自动升位）</source>
        <translation>18-character resident ID (old 15-digit numbers are upgraded)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>由身份证号得出，不能直接修改</source>
        <translation>Derived from the ID number; cannot be edited</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>出生日期</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>民族(&amp;E)</source>
        <translation>&amp;Ethnicity</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>手机号码(&amp;P)</source>
        <translation>Mobile &amp;Phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>政治面貌</source>
        <translation>Political Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>所学专业，如：社会工作</source>
        <translation>Field of study, e.g. social work</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>社工专业</source>
        <translation>Social work major</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>所学专业属于社会工作专业</source>
        <translation>Studied social work</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>工作信息</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>村（社区）(&amp;V)</source>
        <translation>&amp;Village/Community</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>调动日期</source>
        <translation>Move date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>调到新的村（社区）的日期，记入调动记录</source>
        <translation>Date of the move to the new village/community, kept in the moves list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>专业岗位</source>
        <translation>Professional Post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>在社会工作专业岗位上</source>
        <translation>Holds a professional social-work post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>服务领域</source>
        <translation>Service Domains</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>状态日期</source>
        <translation>Status Date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>离岗、调出或重新在岗的日期</source>
        <translation>Date of leaving, transfer out or return to duty</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>其他需要记下的情况（Ctrl+Enter 保存）</source>
        <translation>Anything else to note (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调动记录</source>
        <translation>Moves</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当前等级：无</source>
        <translation>Current level: none</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证书编号</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取得日期</source>
        <translation>Date Obtained</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记日期</source>
        <translation>Registration Date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加证书(&amp;A)</source>
        <translation>&amp;Add certificate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>删除光标所在的那一行证书</source>
        <translation>Delete the certificate in the row with the cursor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除证书(&amp;D)</source>
        <translation>&amp;Delete certificate</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>修改记录(&amp;H)…</source>
        <translation>Change &amp;history…</translation>
    </message>
</context>
<context>
    <name>WorkerModel</name>
    <message>
        <location filename="../../swdesk/ui/worker_model.py" line="+46"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号码</source>
        <translation>Mobile Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书等级</source>
        <translation>Certificate Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业岗位</source>
        <translation>Professional Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>{name} 的档案已删除，可以恢复。</source>
        <translation>The file of {name} was deleted; it can be restored.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status}（已删除）</source>
        <translation>{status} (deleted)</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../swdesk/ui/workers_page.py" line="+183"/>
        <source>还没有社工档案。点“新建档案”逐个录入，或用“导入花名册…”导入 Excel 花名册。</source>
        <translation>No worker files yet. Click &quot;New file&quot; to enter them one by one, or use &quot;Import roster…&quot; for an Excel roster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有符合条件的档案。可以换个关键词，或点“清除筛选”。</source>
        <translation>No file matches. Try other words, or click &quot;Clear filters&quot;.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../swdesk/app.py" line="+68"/>
        <source>swdesk 已经打开</source>
        <translation>swdesk is already open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据文件版本太新</source>
        <translation>Data file too new</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>无法打开数据文件</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开数据文件 {path}：{error}</source>
        <translation>Cannot open the data file {path}: {error}</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../swdesk/core/enums.py" line="+11"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>社工员</source>
        <translation>Community Social Work Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理社会工作师</source>
        <translation>Social Work Assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作师</source>
        <translation>Social Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高级社会工作师</source>
        <translation>Senior Social Worker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>社区专职工作者</source>
        <translation>Full-time Community Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工站驻站社工</source>
        <translation>Station-based Social Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）“两委”成员</source>
        <translation>Village/Community Committee Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工机构</source>
        <translation>Social Work Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>老年</source>
        <translation>Older People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儿童/未成年人</source>
        <translation>Children/Minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会救助</source>
        <translation>Social Assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区治理</source>
        <translation>Community Governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残障</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在岗</source>
        <translation>In Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离岗</source>
        <translation>Left Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调出</source>
        <translation>Transferred Out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中共党员</source>
        <translation>CPC Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中共预备党员</source>
        <translation>CPC Probationary Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共青团员</source>
        <translation>Communist Youth League Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民主党派</source>
        <translation>Democratic Party Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无党派人士</source>
        <translation>Independent (Non-party)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群众</source>
        <translation>No Party Affiliation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>博士研究生</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>硕士研究生</source>
        <translation>Master&apos;s Degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大学本科</source>
        <translation>Bachelor&apos;s Degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大学专科</source>
        <translation>Junior College Diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中专</source>
        <translation>Secondary Vocational School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高中</source>
        <translation>Senior High School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初中及以下</source>
        <translation>Junior High School or Below</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>布依族</source>
        <translation>Bouyei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朝鲜族</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>侗族</source>
        <translation>Dong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>瑶族</source>
        <translation>Yao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>白族</source>
        <translation>Bai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哈尼族</source>
        <translation>Hani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哈萨克族</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>傣族</source>
        <translation>Dai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黎族</source>
        <translation>Li</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>傈僳族</source>
        <translation>Lisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>佤族</source>
        <translation>Va</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>畲族</source>
        <translation>She</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高山族</source>
        <translation>Gaoshan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拉祜族</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>水族</source>
        <translation>Sui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>东乡族</source>
        <translation>Dongxiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纳西族</source>
        <translation>Naxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>景颇族</source>
        <translation>Jingpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>柯尔克孜族</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土族</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>达斡尔族</source>
        <translation>Daur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仫佬族</source>
        <translation>Mulao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>羌族</source>
        <translation>Qiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>布朗族</source>
        <translation>Blang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撒拉族</source>
        <translation>Salar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毛南族</source>
        <translation>Maonan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仡佬族</source>
        <translation>Gelao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锡伯族</source>
        <translation>Xibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阿昌族</source>
        <translation>Achang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普米族</source>
        <translation>Pumi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>塔吉克族</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>怒族</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乌孜别克族</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>俄罗斯族</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>鄂温克族</source>
        <translation>Evenki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>德昂族</source>
        <translation>De&apos;ang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保安族</source>
        <translation>Bonan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>裕固族</source>
        <translation>Yugur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>京族</source>
        <translation>Gin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>塔塔尔族</source>
        <translation>Tatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>独龙族</source>
        <translation>Derung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>鄂伦春族</source>
        <translation>Oroqen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>赫哲族</source>
        <translation>Hezhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>门巴族</source>
        <translation>Monpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>珞巴族</source>
        <translation>Lhoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基诺族</source>
        <translation>Jino</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../swdesk/ui/history_dialog.py" line="-245"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号说明</source>
        <translation>ID number note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号码</source>
        <translation>Mobile Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政治面貌</source>
        <translation>Political Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工专业</source>
        <translation>Social work major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业岗位</source>
        <translation>Professional Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务领域</source>
        <translation>Service Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态日期</source>
        <translation>Status Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书编号</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得日期</source>
        <translation>Date Obtained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记日期</source>
        <translation>Registration Date</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../swdesk/ui/tasks.py" line="+101"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>无法读写文件：{error}
如果这个文件正在 Excel 或其他程序中打开，请先关闭它再试。</source>
        <translation>Cannot read or write the file: {error}
If it is open in Excel or another program, close it and try again.</translation>
    </message>
</context>
</TS>
