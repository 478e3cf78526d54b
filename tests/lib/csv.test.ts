import { describe, expect, it } from 'vitest'
import { downloadName, toCsv } from '#src/lib/csv.ts'

describe('CSV for Excel', () => {
  const csv = toCsv(
    ['指标', '数值', '单位'],
    [
      ['政府网站公开政府信息数', 252, '条'],
      ['专项经费', null, '万元'],
      ['a "quoted", label', 1, 'x'],
    ],
  )
  const bytes = new TextEncoder().encode(csv)

  it('starts with the UTF-8 byte-order mark so Excel reads Chinese correctly', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('has a header row, CRLF line ends, and an empty cell for a figure not reported', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      '指标,数值,单位',
      '政府网站公开政府信息数,252,条',
      '专项经费,,万元',
      '"a ""quoted"", label",1,x',
      '',
    ])
  })
})

describe('download file names', () => {
  it('say agency, year, chart and language', () => {
    expect(downloadName(['吴忠市公安局', '2018', 'channel-split', 'zh'], 'csv')).toBe(
      '吴忠市公安局_2018_channel-split_zh.csv',
    )
    expect(downloadName(['Wuzhong Municipal Public Security Bureau', '2018'], 'png')).toBe(
      'Wuzhong-Municipal-Public-Security-Bureau_2018.png',
    )
  })
})
