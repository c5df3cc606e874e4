/**
 * Why a file was not imported, for people, by ImportError code (zh-CN is the source of keys). Loaded
 * with the first failure, not with the page: most visits never see one.
 */
const zh = {
  empty: '文件是空的。',
  binary: '这是二进制文件，不是文本（CSV）文件。',
  'unsupported-format': '这是 Excel 工作簿或压缩包：请先在 Excel 中「另存为」CSV 后再导入。',
  encoding: '文件不是有效的 {encoding} 文本：请在「数据」页为它选择实际的编码后重试（中文 Windows 上的 Excel 多为 GBK）。',
  encodingLine: '第 {line} 行不是有效的 UTF-8 文本：请在「数据」页为它选择实际的编码后重试（中文 Windows 上的 Excel 多为 GBK）。',
  'no-header': '文件中找不到表头行。',
  'too-many-columns': '表头有 {columns} 列，超过 2,000 列的上限：文件可能已损坏。',
  'no-rows': '表头下面没有数据行（空行、合计行等不算数据）。',
  'missing-required': '缺少必需的列：{missing}。请在映射步骤中为它们选择文件中的列。',
  'line-too-long': '第 {line} 行过长：文件可能已损坏，或分隔符识别有误。',
  malformed: '文件无法按 {format} 读取（{cause}）。',
  malformedLine: '第 {line} 行无法按 {format} 读取（{cause}）。',
  aborted: '导入已取消，已有数据保持不变。',
  network: '无法访问 {host}（可能已离线，或该网站不允许其他网站读取它的文件）。',
  networkStatus: '{host} 返回 HTTP {status}，文件未能下载。',
};

const en: typeof zh = {
  empty: 'the file is empty.',
  binary: 'this is a binary file, not a text (CSV) file.',
  'unsupported-format': 'this is an Excel workbook or an archive: save it as CSV in Excel first, then import that.',
  encoding: 'the file is not valid {encoding} text: choose its real encoding on the Data page and try again (Excel on Chinese Windows usually writes GBK).',
  encodingLine: 'line {line} is not valid UTF-8 text: choose the file\'s real encoding on the Data page and try again (Excel on Chinese Windows usually writes GBK).',
  'no-header': 'no header row was found in the file.',
  'too-many-columns': 'the header has {columns} columns, more than the 2,000 allowed: the file may be damaged.',
  'no-rows': 'there are no data rows below the header (blank, totals and similar rows do not count).',
  'missing-required': 'required columns are missing: {missing}. Choose the file\'s columns for them in the mapping step.',
  'line-too-long': 'line {line} is too long: the file may be damaged, or its delimiter was not recognised.',
  malformed: 'the file could not be read as {format} ({cause}).',
  malformedLine: 'line {line} could not be read as {format} ({cause}).',
  aborted: 'the import was cancelled; the data already loaded is unchanged.',
  network: '{host} could not be reached (offline, or the site does not allow other sites to read its files).',
  networkStatus: '{host} answered HTTP {status}; the file was not downloaded.',
};

export const importErrorMessages = { 'zh-CN': zh, en };
export type ImportErrorKey = keyof typeof zh;
