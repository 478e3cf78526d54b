import type { LocalizedText, TableFormat } from './report-schema.ts'

/** The statutory table formats as a reader knows them, with the notice that set each one. */
export const TABLE_FORMAT_LABELS: Record<TableFormat, LocalizedText> = {
  'national-2015': { zh: '2015–2018 年版统计表', en: '2015–2018 national table' },
  'national-2019': {
    zh: '2019 年试行版统计表（国办公开办函〔2019〕60号）',
    en: '2019 trial table (State Council General Office notice [2019] No. 60)',
  },
  'national-2021': {
    zh: '2021 年版统计表（国办公开办函〔2021〕30号）',
    en: '2021 table (State Council General Office notice [2021] No. 30)',
  },
  'fujian-provincial': {
    zh: '福建省政府信息公开情况统计表（2019 年前）',
    en: "Fujian's provincial table (before 2019)",
  },
}

/** The same, short, for sentences that name a format more than once. */
export const TABLE_FORMAT_SHORT: Record<TableFormat, LocalizedText> = {
  'national-2015': { zh: '2015–2018 年版统计表', en: '2015–2018 table' },
  'national-2019': { zh: '2019 年试行版统计表', en: '2019 trial table' },
  'national-2021': { zh: '2021 年版统计表', en: '2021 table' },
  'fujian-provincial': { zh: '福建省统计表', en: 'Fujian table' },
}
