// The glossary, with definitions and sources: the glossary page's module.
import glossary from 'virtual:site-glossary'

export { glossary }
