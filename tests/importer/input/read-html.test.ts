// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Document, DocumentResult, Grid } from '../../../src/importer/input/document.ts'
import { readDocument } from '../../../src/importer/input/read-document.ts'

const fixturePath = (name: string) => new URL(`../../fixtures/reports/${name}`, import.meta.url)
const fixture = (name: string) => new Uint8Array(readFileSync(fixturePath(name)))
const utf8 = (text: string) => new TextEncoder().encode(text)

function documentOf(result: DocumentResult): Document {
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.message}`)
  return result.document
}
const read = async (html: string) => documentOf(await readDocument(utf8(html)))

/** The texts of the cells published in row `y` (not those spanned from rows above). */
const ownTexts = (grid: Grid, y: number) =>
  (grid.rows[y]?.cells ?? []).filter((cell) => cell.row === y).map((cell) => cell.text)

/** Every row is printed on its `line`: the line is its own cells' texts joined by tabs. */
function expectRowsOnTheirLines(document: Document) {
  for (const grid of document.tables) {
    grid.rows.forEach((row, y) => {
      const texts = ownTexts(grid, y)
      if (texts.every((text) => text === '')) return
      expect(document.lines[row.line - 1]).toBe(texts.join('\t'))
    })
  }
}

describe('a real report page: 平潭综合实验区 2021 (Word-exported tables inside the portal chrome)', async () => {
  const document = documentOf(await readDocument(fixture('pingtan/pingtan-2021.html')))

  it('is HTML in UTF-8 as its meta says, with the meta of the page', () => {
    expect(document.kind).toBe('html')
    expect(document.decoding).toEqual({ encoding: 'utf-8', from: 'meta' })
    expect(document.meta).toEqual({
      title: '平潭综合实验区2021年度政府信息公开工作年度报告',
      publishedOn: '2022-02-08',
      publisher: '平潭综合实验区党工委管委会',
      url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm',
    })
    expect(document.notes).toEqual([])
  })

  it("gives the article's paragraphs as lines, and not the site's menus, breadcrumb or share buttons", () => {
    expect(document.lines[0]).toMatch(
      /^根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、/,
    )
    expect(document.lines).toContain('一、总体情况')
    expect(document.lines).toContain('六、其他需要报告的事项')
    expect(document.lines.at(-1)).toBe('2021年，无收取信息处理费情况。')
    const all = document.lines.join('\n')
    for (const chrome of [
      '省政府',
      '全真版',
      '文字版',
      '文件下载',
      '来源：平潭县人民政府',
      '时间：2022-02-08',
      'QQ空间',
      '附件下载',
      '相关链接',
    ]) {
      expect(all).not.toContain(chrome)
    }
  })

  it('reads its three statistics tables as grids, with the published figures in their cells', () => {
    expect(document.tables.map((grid) => [grid.index, grid.rows.length, grid.width])).toEqual([
      [0, 14, 4],
      [1, 28, 11],
      [2, 4, 15],
    ])
    const [proactive, applications, review] = document.tables as [Grid, Grid, Grid]
    expect(ownTexts(proactive, 3)).toEqual(['行政规范性文件', '69', '3', '665'])
    // Word split 2293 over two <span>s.
    expect(ownTexts(proactive, 6)).toEqual(['行政许可', '2293'])
    // 商业企业 spans two grid columns in this export; its figure is one cell, counted once.
    expect(ownTexts(applications, 3)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '64',
      '0',
      '0',
      '2',
      '0',
      '4',
      '70',
    ])
    expect(applications.rows[3]?.cells.map((cell) => [cell.col, cell.colSpan])).toEqual([
      [0, 3],
      [3, 1],
      [4, 2],
      [6, 1],
      [7, 1],
      [8, 1],
      [9, 1],
      [10, 1],
    ])
    // 三、本年度办理结果 spans 22 rows: listed in each, published in row 5.
    const result = applications.rows[10]?.cells[0]
    expect(result).toEqual({ text: '三、本年度办理结果', col: 0, colSpan: 1, rowSpan: 22, row: 5 })
    expect(ownTexts(review, 3)).toEqual([
      '1',
      '0',
      '2',
      '0',
      '3',
      '12',
      '0',
      '0',
      '0',
      '12',
      '0',
      '0',
      '0',
      '0',
      '0',
    ])
  })

  it('prints each table row on one line, cells apart by tabs, at the line its GridRow names', () => {
    expect(document.lines).toContain('行政规范性文件\t69\t3\t665')
    expect(document.lines).toContain('一、本年新收政府信息公开申请数量\t64\t0\t0\t2\t0\t4\t70')
    const proactive = document.tables[0] as Grid
    expect(document.lines[(proactive.rows[3]?.line ?? 0) - 1]).toBe('行政规范性文件\t69\t3\t665')
    expectRowsOnTheirLines(document)
  })
})

describe('the other real pages', () => {
  it.each([
    [
      'pingtan/pingtan-2016.html',
      80,
      [[0, 17, 4]],
      '2017-01-18',
      '主动公开文件数\t条\t3460\t85376',
    ],
    [
      'pingtan/pingtan-2025.html',
      62,
      [
        [0, 14, 4],
        [1, 28, 10],
        [2, 4, 15],
      ],
      '2026-03-10',
      '行政规范性文件\t58\t45\t546',
    ],
  ] as const)(
    '%s: %i lines, its tables, its date and a row as published',
    async (name, count, shapes, date, row) => {
      const document = documentOf(await readDocument(fixture(name)))
      expect(document.lines).toHaveLength(count)
      expect(document.tables.map((grid) => [grid.index, grid.rows.length, grid.width])).toEqual(
        shapes,
      )
      expect(document.meta.publishedOn).toBe(date)
      expect(document.lines).toContain(row)
      expectRowsOnTheirLines(document)
    },
  )

  it("2016: the article's text is the archive's saved text of the page, but for whitespace", async () => {
    const document = documentOf(await readDocument(fixture('pingtan/pingtan-2016.html')))
    const saved =
      readFileSync(fixturePath('pingtan/pingtan-2016.txt'), 'utf8').split(
        '==================== 正文 ====================',
      )[1] ?? ''
    expect(document.lines.join('').replace(/\s+/g, '')).toBe(saved.replace(/\s+/g, ''))
  })

  it('a GBK page (made with iconv) is decoded as its meta http-equiv says, and read', async () => {
    const document = documentOf(await readDocument(fixture('handmade-gbk-page.html')))
    expect(document.decoding).toEqual({ encoding: 'gb18030', from: 'meta' })
    expect(document.meta).toMatchObject({
      title: '某县2018年政府信息公开工作年度报告',
      publishedOn: '2019-03-28',
    })
    expect(document.lines).toEqual([
      '本报告由某县人民政府办公室编制。',
      '一、概述',
      '指标名称\t计量单位\t本年度',
      '主动公开政府信息数\t条\t1234',
    ])
  })

  it('a page that declares gb2312 but is UTF-8 is read as UTF-8, with a note', async () => {
    const document = await read(
      '<html><head><meta charset="gb2312"></head><body><p>主动公开</p></body></html>',
    )
    expect(document.decoding).toEqual({ encoding: 'utf-8', from: 'content' })
    expect(document.notes).toEqual([
      'The page declares charset gb2312, but its bytes are UTF-8; read as UTF-8.',
    ])
    expect(document.lines).toEqual(['主动公开'])
  })
})

describe('hand-written pages', () => {
  it('joins a number Word split over <span>s, decodes entities, and blanks &nbsp; cells', async () => {
    const document = await read(`<!DOCTYPE html><html><body><div class="Custom_UnionStyle">
      <p style="text-indent:2em">&nbsp;&nbsp;全年共&lt;受理&gt;申请&#20182;<span lang="EN-US">2</span><span>2</span><span
        lang="EN-US">93</span>件&amp;。</p>
      <table><tr><td><p><span>行政</span><span>许可</span></p></td><td><span>22</span><span>93</span></td><td>&nbsp;</td><td> &nbsp; 5 </td></tr></table>
    </div></body></html>`)
    expect(document.lines).toEqual(['全年共<受理>申请他2293件&。', '行政许可\t2293\t\t5'])
    expect(document.tables[0]?.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      '行政许可',
      '2293',
      '',
      '5',
    ])
  })

  it('splits lines at blocks and <br>, not inside inline text; a cell joins its paragraphs', async () => {
    const document = await read(`<html><body><div>一、总体情况<br>第一行<b>加粗</b>续<br/><br>
      <ul><li>甲</li><li>乙</li></ul><h2>二、标题</h2></div>
      <table><tr><td><p>（二）部分公开</p><p>（区分处理的）</p></td><td>1<br>2</td><td><p>A</p><p>B</p></td></tr></table></body></html>`)
    expect(document.lines).toEqual([
      '一、总体情况',
      '第一行加粗续',
      '甲',
      '乙',
      '二、标题',
      '（二）部分公开（区分处理的）\t1 2\tA B',
    ])
  })

  it('expands rowspan and colspan by the HTML table model and clips rowspans past the end', async () => {
    const document = await read(`<html><body><table>
      <tr><td rowspan="2">A</td><td colspan="2">B</td><td rowspan="9">C</td></tr>
      <tr><td>D</td><td>E</td></tr>
      <tr><td colspan="3">F</td></tr>
    </table></body></html>`)
    const grid = document.tables[0] as Grid
    expect(grid.width).toBe(4)
    expect(
      grid.rows.map((row) =>
        row.cells.map(
          (cell) => `${cell.text}@${cell.col}+${cell.colSpan}x${cell.rowSpan}r${cell.row}`,
        ),
      ),
    ).toEqual([
      ['A@0+1x2r0', 'B@1+2x1r0', 'C@3+1x3r0'],
      ['A@0+1x2r0', 'D@1+1x1r1', 'E@2+1x1r1', 'C@3+1x3r0'],
      ['F@0+3x1r2', 'C@3+1x3r0'],
    ])
    // A spanned cell is printed in its own row only.
    expect(document.lines).toEqual(['A\tB\tC', 'D\tE', 'F'])
    expect(grid.rows.map((row) => row.line)).toEqual([1, 2, 3])
  })

  it('a row that prints nothing points at the line before it', async () => {
    const document = await read(`<html><body><p>标题</p><table>
      <tr><td rowspan="2">甲</td><td>1</td></tr><tr><td>&nbsp;</td></tr><tr><td>乙</td><td>2</td></tr>
    </table></body></html>`)
    expect(document.lines).toEqual(['标题', '甲\t1', '乙\t2'])
    expect(document.tables[0]?.rows.map((row) => row.line)).toEqual([2, 2, 3])
  })

  it('finds the article in nested layout tables; an inner table is its own grid, not in the outer cell', async () => {
    const menu = Array.from({ length: 12 }, (_, i) => `<a href="/c${i}">栏目${i}</a>`).join(' | ')
    const document = await read(`<html><body>
      <table id="layout" width="100%"><tr><td>${menu}</td></tr>
      <tr><td class="left">${menu}</td><td class="main">
        <table width="96%"><tr><td class="zoom">
          <p>一、总体情况。本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息一千余条，依申请公开工作运行平稳。</p>
          <p>二、主动公开政府信息情况</p>
          <table border="1"><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>3</td></tr></table>
          <p>三、其他需要报告的事项：无。</p>
        </td></tr></table>
      </td></tr>
      <tr><td colspan="2">版权所有：某市人民政府办公室 地址：某市某路1号 电话：0000-0000000</td></tr></table>
    </body></html>`)
    expect(document.lines).toEqual([
      '一、总体情况。本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息一千余条，依申请公开工作运行平稳。',
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数',
      '规章\t3',
      '三、其他需要报告的事项：无。',
    ])
    // Tables are numbered over the whole page (the layout table is 0, its inner one 1).
    expect(document.tables.map((grid) => grid.index)).toEqual([2])
    expect(
      document.tables[0]?.rows.map((row) => [row.line, row.cells.map((cell) => cell.text)]),
    ).toEqual([
      [3, ['信息内容', '本年制发件数']],
      [4, ['规章', '3']],
    ])
  })

  it('a layout table inside the article is a grid too, its cells without the inner table text', async () => {
    const document =
      await read(`<html><body><div class="article"><p>一、总体情况。全年主动公开政府信息一千余条。</p>
      <table><tr><td><p>（一）主动公开</p><table><tr><td>规章</td><td>3</td></tr></table><p>（二）依申请公开</p></td><td>附表</td></tr></table>
      <p>二、其他需要报告的事项：无。</p>
    </div></body></html>`)
    expect(document.lines).toEqual([
      '一、总体情况。全年主动公开政府信息一千余条。',
      '（一）主动公开',
      '规章\t3',
      '（二）依申请公开',
      '附表',
      '二、其他需要报告的事项：无。',
    ])
    expect(
      document.tables.map((grid) => [
        grid.index,
        grid.rows.map((row) => [row.line, row.cells.map((cell) => cell.text)]),
      ]),
    ).toEqual([
      [0, [[2, ['（一）主动公开（二）依申请公开', '附表']]]],
      [1, [[3, ['规章', '3']]]],
    ])
  })

  it('reads a page whose unclosed inline tags nest thousands deep', async () => {
    const document = await read(
      `<html><body><div class="content"><p>一、总体情况</p>${'<font size="3">'.repeat(20000)}正文<table><tr><td>规章</td><td>1</td></tr></table></div></body></html>`,
    )
    expect(document.lines).toEqual(['一、总体情况', '正文', '规章\t1'])
    expect(document.tables[0]?.rows[0]?.cells.map((cell) => cell.text)).toEqual(['规章', '1'])
  })

  it('says when the article shows images and has no table (tables published as pictures)', async () => {
    const document = await read(
      '<html><body><div class="content"><p>二、主动公开政府信息情况</p><p><img src="t1.png"></p><p><img src="t2.png"></p></div></body></html>',
    )
    expect(document.lines).toEqual(['二、主动公开政府信息情况'])
    expect(document.notes).toEqual([
      'The article has no table but 2 images: tables published as pictures cannot be read.',
    ])
  })

  it('never runs scripts, and leaves out style, noscript, template, hidden elements and the head', async () => {
    const document =
      await read(`<html><head><title>报告</title><style>p{color:red}</style></head><body>
      <script>document.body.innerHTML = 'pwned'; var x = 1 < 2;</script>
      <noscript>请启用脚本</noscript><template><p>模板</p></template>
      <div style="display: none">隐藏</div><div hidden>也隐藏</div><p>正文</p><p>第二段</p></body></html>`)
    expect(document.lines).toEqual(['正文', '第二段'])
    expect(document.meta.title).toBe('报告')
    expect(document.notes).toEqual([])
  })

  it('reads meta: og tags, a canonical link, and a <title> without its column and site tails', async () => {
    const document = await read(`<html><head>
      <title>某局2020年政府信息公开工作年度报告 - 某市人民政府</title>
      <meta property="og:article:published_time" content="2021-01-29T10:00:00+08:00">
      <meta name="SiteName" content="某市人民政府"><meta name="ContentSource" content=" ">
      <link rel="canonical" href="https://www.example.gov.cn/art/2021/1/29/art_1.html">
      </head><body><p>正文</p></body></html>`)
    expect(document.meta).toEqual({
      title: '某局2020年政府信息公开工作年度报告',
      publishedOn: '2021-01-29',
      publisher: '某市人民政府',
      url: 'https://www.example.gov.cn/art/2021/1/29/art_1.html',
    })
  })
})

describe('HTML inside a JavaScript string', () => {
  it('reads the article a page writes with document.write, and says so', async () => {
    const document = await read(`<!DOCTYPE html><html><head><title>年报</title></head><body>
      <div class="nav"><a href="/">首页</a></div>
      <script type="text/javascript">
        document.write('<p>一、总体情况</p><table border=\\'1\\'><tr><td>规章<\\/td><td>1<\\/td></tr>' +
          '<tr><td>行政规范性文件</td><td>\\u0036\\x39</td></tr></table>');
      </script></body></html>`)
    expect(document.kind).toBe('html')
    expect(document.lines).toEqual(['一、总体情况', '规章\t1', '行政规范性文件\t69'])
    expect(document.tables[0]?.rows[1]?.cells.map((cell) => cell.text)).toEqual([
      '行政规范性文件',
      '69',
    ])
    expect(document.notes).toEqual([expect.stringMatching(/inside a JavaScript string/)])
    expect(document.meta.title).toBe('年报')
  })

  it('reads a var holding the HTML, with escaped quotes, newlines and line continuations', async () => {
    const document = await read(`<html><body><p>请稍候</p><script>
      var content = "<div class=\\"TRS_Editor\\"><p>二、主动公开</p>\\n<table><tr><td>行政\\
许可</td><td>22\\
93</td></tr></table></div>";
      $('#zoom').html(content); // <p>not this</p>
    </script></body></html>`)
    expect(document.lines).toEqual(['二、主动公开', '行政许可\t2293'])
  })

  it('keeps the visible article when it holds the tables', async () => {
    const document =
      await read(`<html><body><p>正文</p><table><tr><td>规章</td><td>5</td></tr></table>
      <script>var tip = '<p>分享到微信</p>';</script></body></html>`)
    expect(document.lines).toEqual(['正文', '规章\t5'])
    expect(document.notes).toEqual([])
  })

  it('reads a .js file that is only such a string', async () => {
    const document = await read(
      `document.write("<p>\\u4e00\\u3001\\u603b\\u4f53\\u60c5\\u51b5</p><table><tr><td>\\u89c4\\u7ae0</td><td>7</td></tr></table>");\n`,
    )
    expect(document.kind).toBe('html')
    expect(document.lines).toEqual(['一、总体情况', '规章\t7'])
    expect(document.notes).toEqual([
      expect.stringMatching(/script holding the article as HTML in a JavaScript string/),
    ])
  })
})

describe('what is HTML and what is text', () => {
  it('text that mentions a tag or two is text', async () => {
    const document = await read('说明：表格用<table>标签。\n第二行 <p> 也是文字\n')
    expect(document.kind).toBe('text')
    expect(document.lines).toEqual(['说明：表格用<table>标签。', '第二行 <p> 也是文字'])
  })

  it('a fragment with a real amount of markup is HTML', async () => {
    const document = await read(
      '<p>一、总体情况</p><div>正文</div><table><tr><td>规章</td><td>0</td></tr></table>',
    )
    expect(document.kind).toBe('html')
    expect(document.lines).toEqual(['一、总体情况', '正文', '规章\t0'])
  })
})
