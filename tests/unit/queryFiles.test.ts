import { describe, expect, it } from 'vitest'
import { chosenIn, readQueryFiles, writeQueryFiles, type QueryFiles } from '@/lib/queryFiles'

const files: QueryFiles = {
  param: 's',
  max: 3,
  specialisms: {
    audiology: ['/assets/audiology-a1.js', 'Audiology'],
    'cardiac-science': ['/assets/cardiac-science-b2.js', 'Cardiac science'],
    haematology: ['/assets/haematology-c3.js', 'Haematology'],
    'odd-one': ['/assets/odd-one-d4.js', `It's <b>&</b> "odd"`],
  },
}
// What the build writes into content='…' and the browser reads back (the attribute's value as written).
const roundTrip = (value: QueryFiles) => readQueryFiles(writeQueryFiles(value))

describe('writeQueryFiles and readQueryFiles', () => {
  it('read back exactly what was written', () => {
    expect(roundTrip(files)).toEqual(files)
  })

  it('write nothing that ends a single-quoted attribute or a tag, or starts a character reference', () => {
    expect(writeQueryFiles(files)).not.toMatch(/[&<>']/)
  })

  it('read missing, broken or foreign content as nothing', () => {
    for (const content of [undefined, null, '', '{', 'null', '[]', '"s"', '{"param":1,"max":3,"specialisms":{}}', '{"param":"s","max":"3","specialisms":{}}', '{"param":"s","max":3}']) {
      expect(readQueryFiles(content), String(content)).toBeUndefined()
    }
  })

  it('keep only well-formed entries', () => {
    const content = JSON.stringify({ param: 's', max: 3, specialisms: { a: ['/a.js', 'A'], b: ['/b.js'], c: 'x', d: ['/d.js', 4] } })
    expect(readQueryFiles(content)?.specialisms).toEqual({ a: ['/a.js', 'A'] })
  })
})

describe('chosenIn', () => {
  it('gives the files and names of the listed specialisms, in the order asked, as the page reads the list', () => {
    expect(chosenIn(files, '?s=Cardiac-Science,,audiology,cardiac-science')).toEqual({
      files: ['/assets/cardiac-science-b2.js', '/assets/audiology-a1.js'],
      names: ['Cardiac science', 'Audiology'],
    })
  })

  it('reads repeated parameters, and stops at the page’s maximum', () => {
    expect(chosenIn(files, '?s=audiology&s=haematology,cardiac-science,odd-one').names).toEqual(['Audiology', 'Haematology', 'Cardiac science'])
    expect(chosenIn({ ...files, max: 1 }, '?s=haematology,audiology').names).toEqual(['Haematology'])
  })

  it('ignores what the build did not list: unknown ids, script, prototype names, other parameters, huge values', () => {
    const hostile = [
      '?s=<script>alert(1)</script>',
      '?s=__proto__,constructor,toString,hasOwnProperty',
      '?q=audiology',
      `?s=${'a'.repeat(10_000)}`,
      '?s=%2Fassets%2Faudiology-a1.js',
      '?s=%E0%A4%A',
      '',
    ]
    for (const search of hostile) expect(chosenIn(files, search), search).toEqual({ files: [], names: [] })
    expect(chosenIn(files, `?s=${'x,'.repeat(5_000)}audiology`).names).toEqual(['Audiology'])
  })
})
