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
  notPersistent: '浏览器存储不可用或已满（如隐私模式）：数据只保存在内存中，刷新页面后不会保留，需要重新导入。',
  saving: '正在保存到本浏览器…（数据已可查看；保存完成前刷新页面，将恢复上一次保存的数据）',
  storage: '占用浏览器存储 {size}',
  tooLarge: '文件有 {size}，超出本浏览器能导入的大小（CSV 约 {limit} 以内，约 300 万行订单）。请把数据另存为 Parquet 格式（通常小 5–10 倍）后导入，或只导出需要的时间段（如最近 12 个月）。',
  outOfMemory: '浏览器内存不足，文件未导入，已有数据保持不变。CSV 约 {limit} 以内可以导入；更大的数据请另存为 Parquet 格式，或只导出需要的时间段（如最近 12 个月）。',
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
  tableNames: {
    partners: '伙伴', orders: '订单', sellout: '出货（sell-out）', targets: '目标', inventory: '库存', receivables: '应收',
    trainings: '培训', surveys: '满意度调查', activities: '市场活动', opportunities: '商机', expenses: '费用',
  },
  regionMap: {
    title: '省份 → 区域',
    hint: '订单或伙伴只有省份、没有区域时，按此表归入区域。修改对之后导入的文件生效，已载入的数据不变。',
    changed: '已修改 {n} 个省份', reset: '恢复默认',
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
  notPersistent: 'Browser storage is unavailable or full (private mode?): the data is kept in memory only and will not survive a reload; import it again after reloading.',
  saving: 'Saving to this browser… (the data can be used now; a reload before the save ends brings back the previous save)',
  storage: 'Uses {size} of browser storage',
  tooLarge: 'The file is {size}, more than this browser can import (CSV up to about {limit}, some 3 million order rows). Save the data as Parquet (usually 5–10× smaller) and import that, or export only the period you need (e.g. the last 12 months).',
  outOfMemory: 'The browser ran out of memory, so the file was not imported; the data already loaded is unchanged. CSV files up to about {limit} import; for more, save the data as Parquet or export only the period you need (e.g. the last 12 months).',
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
  tableNames: {
    partners: 'Partners', orders: 'Orders', sellout: 'Sell-out', targets: 'Targets', inventory: 'Inventory', receivables: 'Receivables',
    trainings: 'Trainings', surveys: 'Surveys', activities: 'Market activities', opportunities: 'Opportunities', expenses: 'Expenses',
  },
  regionMap: {
    title: 'Province → region',
    hint: 'Orders and partners that name a province but no region are put in the region below. A change applies to files imported after it; data already loaded keeps its regions.',
    changed: '{n} provinces changed', reset: 'Back to defaults',
  },
  console: {
    title: 'SQL query', hint: 'Read-only: SELECT over the loaded tables.', run: 'Run', onlySelect: 'Only a single SELECT query is allowed', result: 'Result',
  },
};

export const dataMessages = { 'zh-CN': zh, en };
