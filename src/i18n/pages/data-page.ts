/**
 * Strings only the Data page shows (import reports, table names, the province map, the SQL
 * console): loaded with the page, not with the first view (data.ts holds what the import bar needs).
 */
const zh = {
  report: {
    encoding: '编码', delimiter: '分隔符', headerRow: '表头行', read: '读取行数', loaded: '载入行数',
    ignored: '未使用的列', duplicates: '重复键 {n} 行（{key}）', download: '下载明细 CSV', warnings: '提示',
    skippedRows: '跳过的行', row: '行号', column: '列', reason: '原因', value: '值',
    blankedCells: '置空的单元格（行已保留，值无法识别）',
    reasons: {
      blank: '空行', total: '合计/小计行', footer: '报表页脚', voided: '已作废', 'not-approved': '未审核', gift: '赠品',
      'too-many-fields': '列数多于表头', 'missing-value': '缺少必需的值', 'invalid-value': '值无法识别',
    },
    notes: {
      'date-order-ambiguous': '「{column}」的日期无法判断是月/日还是日/月，已按 月/日/年 读取',
      'date-order-inconsistent': '「{column}」的日期写法前后不一致',
      'region-derived': '{rows} 行的区域由省份推得',
      'partner-id-from-name': '伙伴编码由伙伴名称得出',
      'returns-negated': '{rows} 行退货按负数计入',
      'source-renamed': '已有同名文件，本文件记为「{detail}」',
      'duplicate-keys': '{rows} 行的键重复',
      'decimal-comma': '「{column}」使用逗号作小数点',
      'row-numbers-approximate': '文件含 {rows} 个空行，行号可能略有偏差',
      'columns-added': '表中新增了列：{detail}',
      'footer-lines': '已去掉文件末尾的 {rows} 行说明：{detail}',
    },
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
  report: {
    encoding: 'Encoding', delimiter: 'Delimiter', headerRow: 'Header row', read: 'Rows read', loaded: 'Rows loaded',
    ignored: 'Unused columns', duplicates: '{n} rows with duplicate keys ({key})', download: 'Download the details (CSV)', warnings: 'Notes',
    skippedRows: 'Rows left out', row: 'Row', column: 'Column', reason: 'Reason', value: 'Value',
    blankedCells: 'Cells left empty (row kept, value not readable)',
    reasons: {
      blank: 'Blank line', total: 'Total or subtotal', footer: 'Report footer', voided: 'Voided', 'not-approved': 'Not approved', gift: 'Gift line',
      'too-many-fields': 'More fields than the header', 'missing-value': 'Required value missing', 'invalid-value': 'Value not readable',
    },
    notes: {
      'date-order-ambiguous': 'Dates in “{column}” could be month/day or day/month; read as month/day/year',
      'date-order-inconsistent': 'Dates in “{column}” are written in more than one order',
      'region-derived': 'Region derived from the province on {rows} rows',
      'partner-id-from-name': 'Partner IDs taken from partner names',
      'returns-negated': '{rows} returns counted as negative',
      'source-renamed': 'A file of this name was already loaded: this one is “{detail}”',
      'duplicate-keys': '{rows} rows with a duplicate key',
      'decimal-comma': '“{column}” writes decimal commas',
      'row-numbers-approximate': 'The file has {rows} blank lines: row numbers may be slightly off',
      'columns-added': 'Columns added to the table: {detail}',
      'footer-lines': '{rows} note lines at the end of the file left out: {detail}',
    },
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

export const dataPageMessages = { 'zh-CN': zh, en };
