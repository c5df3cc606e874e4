/** Strings of the Data page and the import flow. zh-CN is the source of keys; en is typed from it. */
const zh = {
  importButton: '导入数据',
  dropHint: '把 CSV / TXT / Parquet 文件拖到页面任意位置，或点击「导入数据」（可多选）。金蝶、用友、Salesforce、Excel 导出均可。',
  dropHere: '松开鼠标即可导入',
  importing: '正在导入 {file}（{index}/{total}）',
  phases: { planning: '识别格式', reading: '读取', converting: '转换类型', checking: '检查', saving: '保存', done: '完成' },
  rowsRead: '已读 {rows} 行',
  cancel: '取消',
  imported: '已导入「{file}」→ {table}：{rows} 行',
  skipped: '跳过 {n} 行',
  failed: '「{file}」未能导入：{message}',
  sampleNote: '当前为示例数据。导入你自己的文件后，示例数据将被替换。',
  userNote: '当前为你导入的数据，仅保存在本浏览器中，不会上传。',
  notPersistent: '浏览器存储不可用（如隐私模式）：数据只在本次打开期间有效，刷新后需重新导入。',
  storage: '占用浏览器存储 {size}',
  clearAll: '清除全部数据',
  clearConfirm: '确定清除所有导入的数据？将恢复为示例数据。',
  tables: '已载入的数据表',
  table: '表', rows: '行数', sources: '来源文件', range: '日期范围', remove: '移除',
  reports: '导入报告',
  report: {
    encoding: '编码', delimiter: '分隔符', headerRow: '表头行', read: '读取行数', loaded: '载入行数',
    ignored: '未使用的列', duplicates: '重复键 {n} 行（{key}）', download: '下载跳过明细 CSV', warnings: '提示',
    skippedRows: '跳过的行', row: '行号', column: '列', reason: '原因', value: '值',
  },
  mapping: {
    title: '请确认「{file}」的列对应关系', kind: '识别为', raw: '原样载入（供 SQL 查询）', column: '标准列', source: '文件中的列',
    none: '（不使用）', missing: '仍缺少必需列：', confirm: '导入', dismiss: '跳过此文件', preview: '前几行预览', required: '必需',
  },
  remote: {
    label: '从网址打开', placeholder: 'https://…/orders.parquet 或 .csv', open: '打开',
    badUrl: '只支持 https:// 开头的地址（或本站自己的地址）', malformed: '不是有效的网址',
    linkTitle: '此链接要从以下地址载入数据：',
    linkNote: '确认后才会读取这些地址（Parquet 按需分段读取），数据只保存在本浏览器中，不会上传任何内容。载入的文件将替换同类数据表。',
    load: '载入数据', notNow: '暂不载入', refused: '已忽略：{reason}',
  },
  console: {
    title: 'SQL 查询', hint: '只读：仅可对已载入的表执行 SELECT。', run: '运行', onlySelect: '只允许单条 SELECT 查询', result: '结果',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
const en: Widen<typeof zh> = {
  importButton: 'Import data',
  dropHint: 'Drop CSV / TXT / Parquet files anywhere on the page, or click "Import data" (several at once). Exports from Kingdee, Yonyou, Salesforce and Excel work.',
  dropHere: 'Release to import',
  importing: 'Importing {file} ({index}/{total})',
  phases: { planning: 'Recognising', reading: 'Reading', converting: 'Converting', checking: 'Checking', saving: 'Saving', done: 'Done' },
  rowsRead: '{rows} rows read',
  cancel: 'Cancel',
  imported: 'Imported "{file}" → {table}: {rows} rows',
  skipped: '{n} rows left out',
  failed: '"{file}" was not imported: {message}',
  sampleNote: 'You are looking at sample data. Importing your own files replaces it.',
  userNote: 'This is the data you imported. It stays in this browser and is never uploaded.',
  notPersistent: 'Browser storage is unavailable (private mode?): the data lasts until you reload, then must be imported again.',
  storage: 'Uses {size} of browser storage',
  clearAll: 'Clear all data',
  clearConfirm: 'Clear all imported data and return to the sample data?',
  tables: 'Loaded tables',
  table: 'Table', rows: 'Rows', sources: 'Source files', range: 'Date range', remove: 'Remove',
  reports: 'Import reports',
  report: {
    encoding: 'Encoding', delimiter: 'Delimiter', headerRow: 'Header row', read: 'Rows read', loaded: 'Rows loaded',
    ignored: 'Unused columns', duplicates: '{n} rows with duplicate keys ({key})', download: 'Download left-out rows (CSV)', warnings: 'Notes',
    skippedRows: 'Rows left out', row: 'Row', column: 'Column', reason: 'Reason', value: 'Value',
  },
  mapping: {
    title: 'Check the columns of "{file}"', kind: 'Recognised as', raw: 'As is (for SQL queries)', column: 'Standard column', source: 'Column in the file',
    none: '(not used)', missing: 'Still missing required columns: ', confirm: 'Import', dismiss: 'Skip this file', preview: 'First rows', required: 'required',
  },
  remote: {
    label: 'Open from address', placeholder: 'https://…/orders.parquet or .csv', open: 'Open',
    badUrl: 'Only https:// addresses (or this site\'s own) are supported', malformed: 'Not a valid address',
    linkTitle: 'This link loads data from these addresses:',
    linkNote: 'Nothing is read from them until you confirm (Parquet is read in ranges, as needed). The data stays in this browser and nothing is uploaded. Each file replaces the table of its kind.',
    load: 'Load data', notNow: 'Not now', refused: 'Ignored: {reason}',
  },
  console: {
    title: 'SQL query', hint: 'Read-only: SELECT over the loaded tables.', run: 'Run', onlySelect: 'Only a single SELECT query is allowed', result: 'Result',
  },
};

export const dataMessages = { 'zh-CN': zh, en };
