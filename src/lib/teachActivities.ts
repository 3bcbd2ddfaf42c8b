// The teacher guide's activities: content, kept as typed data beside the code that renders it.
// Each names the Gatsby benchmarks it serves; the names and their sources are in GATSBY_BENCHMARKS.
export type Benchmark = 2 | 4 | 5

export const GATSBY_BENCHMARKS: Record<Benchmark, string> = {
  2: 'Learning from career and labour market information',
  4: 'Linking curriculum learning to careers',
  5: 'Encounters with employers and employees',
}

export interface TeachStep {
  minutes: string
  teacher: string
  students: string
}

export interface TeachActivity {
  id: string
  title: string
  summary: string
  ages: string
  minutes: number
  needs: string[]
  /** Decks of present mode used in the activity, by id. */
  decks: string[]
  steps: TeachStep[]
  benchmarks: { n: Benchmark; how: string }[]
}

export const ACTIVITIES: readonly TeachActivity[] = [
  {
    id: 'find-your-specialism',
    title: 'Find your specialism',
    summary: 'Students search and filter the explorer with their own words and leave with one specialism they want to know more about.',
    ages: '11 to 16 (Key Stages 3 and 4)',
    minutes: 20,
    needs: ['A projector', 'Phones, tablets or computers, one between two', 'The worksheet, one each'],
    decks: ['what-is-healthcare-science'],
    steps: [
      { minutes: '0 to 3', teacher: 'Ask “Who works in a hospital?” and collect answers. Show slides 2 to 4 of “What is healthcare science?”.', students: 'Call out hospital jobs; notice how few are scientists.' },
      { minutes: '3 to 5', teacher: 'On the projector, search for “heart”, then add the filter “Lots of patient contact”. Point out that the link in the address bar keeps the view.', students: 'Watch; write down three words about what they enjoy (animals, computers, fixing things, people).' },
      { minutes: '5 to 15', teacher: 'Walk round. Ask pairs to try a filter they did not expect, such as “Workshop” or “Computer”.', students: 'Search with their own words, use the filters and fill in the table for three specialisms: contact, where, the way in, pay.' },
      { minutes: '15 to 20', teacher: 'Take three specialisms from the class, search for them and choose “Present this selection” to show them as slides.', students: 'Say which one they would like to find out more about, and the school subject that helps with it.' },
    ],
    benchmarks: [
      { n: 2, how: 'Students use real information about career paths: entry routes from GCSEs and A levels, and NHS pay with its year.' },
      { n: 4, how: 'Students link the subjects they study now to the specialisms where they are used.' },
    ],
  },
  {
    id: 'seven-questions-jigsaw',
    title: 'The seven questions jigsaw',
    summary: 'In groups of four, each student becomes the expert on one grouping, then the group compares four specialisms across the seven Healthcare Science Week questions.',
    ages: '14 to 18 (Key Stage 4 and sixth form)',
    minutes: 50,
    needs: ['A projector', 'One device per student', 'The worksheet, one per group'],
    decks: ['seven-questions'],
    steps: [
      { minutes: '0 to 5', teacher: 'Show the cover of “The seven questions” and one answer slide. Explain that answers marked editorial are written from sources, and named answers come from real staff.', students: 'Form groups of four; each member takes one of the four groupings.' },
      { minutes: '5 to 20', teacher: 'Ask each student to pick one specialism in their grouping (the grouping pages list them all).', students: 'Expert phase: read their specialism’s page and note a short answer to each of the seven questions in their column.' },
      { minutes: '20 to 40', teacher: 'Prompt groups to compare pay and ways in with the compare page (up to three at a time).', students: 'Back in the home group, share answers and complete the grid; mark what is the same and what differs.' },
      { minutes: '40 to 50', teacher: 'Ask each group for their four specialisms and present them with “Present this selection”.', students: 'Each group gives one surprising difference between the groupings.' },
    ],
    benchmarks: [
      { n: 2, how: 'Students compare career and pay information for four real NHS specialisms.' },
      { n: 4, how: 'The “STEM skills” question links science, maths and technology lessons to daily work.' },
    ],
  },
  {
    id: 'healthcare-science-week-talk',
    title: 'A Healthcare Science Week talk',
    summary: 'A 30-minute talk or assembly with the decks, ideally given with a healthcare scientist from a local trust during Healthcare Science Week in March.',
    ages: '11 to 18',
    minutes: 30,
    needs: ['A projector and a clicker', 'A second screen or laptop for the presenter view (optional)', 'The exit ticket, one each'],
    decks: ['what-is-healthcare-science', 'physiological-sciences'],
    steps: [
      { minutes: '0 to 8', teacher: 'Present “What is healthcare science?”. Open “Presenter view” on the laptop for the speaker notes and timer.', students: 'Guess which jobs on the “Did you know” slides are science jobs.' },
      { minutes: '8 to 18', teacher: 'Present the deck of the visitor’s grouping (or any grouping), one slide per specialism.', students: 'Note one specialism they had not heard of.' },
      { minutes: '18 to 26', teacher: 'Hand over to the visiting healthcare scientist for questions; the seven questions make good prompts.', students: 'Ask the visitor their own questions.' },
      { minutes: '26 to 30', teacher: 'Leave the end slide up so students can scan the QR code.', students: 'Fill in the exit ticket; open the explorer on their phones.' },
    ],
    benchmarks: [
      { n: 2, how: 'The decks give sourced figures on the workforce, ways in and pay.' },
      { n: 5, how: 'Only when a healthcare scientist takes part and answers students’ questions: a meaningful encounter needs two-way talk, which slides alone do not give.' },
    ],
  },
]

export function activity(id: string): TeachActivity | undefined {
  return ACTIVITIES.find((a) => a.id === id)
}
