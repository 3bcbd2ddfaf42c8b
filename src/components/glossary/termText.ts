// Shared components (the pathway card) show their words through whatever the page provides: the
// specialism page provides GlossaryText (terms explained and linked); elsewhere, plain text, so those
// pages do not load the glossary.
import { h, type FunctionalComponent, type InjectionKey } from 'vue'

export type TermTextProps = { text: string; link?: boolean }

// A span, not a bare text node: the prerendered HTML merges neighbouring text, so hydration could not
// match a text node of its own.
const PlainText: FunctionalComponent<TermTextProps> = (props) => h('span', props.text)
PlainText.props = ['text', 'link']

export { PlainText }
export const TERM_TEXT: InjectionKey<FunctionalComponent<TermTextProps> | object> = Symbol('term-text')
