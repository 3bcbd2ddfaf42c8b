// The words of the /hcs-week/ page. The four ways to take part are the ones the National School of
// Healthcare Science lists (2021 page); "who to ask" and "what helps" are our suggestions.
import { contributePath, groupingsPath, hcsWeekPath, pathwaysPath, presentPath, teachPath, worksheetPath, type PathTarget } from '@/router/paths'

/** The decks and teacher-guide activities this page links (ids of src/lib/deck.ts and teachActivities.ts,
 * written out so this page does not load the deck code; a unit test checks them). */
export const INTRO_DECK = 'what-is-healthcare-science'
export const QUESTIONS_DECK = 'seven-questions'
export const TALK_ACTIVITY = 'healthcare-science-week-talk'
export const JIGSAW_ACTIVITY = 'seven-questions-jigsaw'

export interface HelpLink {
  to: string | PathTarget
  label: string
}

export interface WayToTakePart {
  id: string
  title: string
  involves: string
  ask: string
  helps: HelpLink[]
}

export const HCS_WEEK_SOURCES = {
  nshcs: {
    url: 'https://nshcs.hee.nhs.uk/healthcare-science/help-to-promote-healthcare-science-to-the-public/healthcare-science-week/',
    title: 'Healthcare Science Week (2021)',
    publisher: 'National School of Healthcare Science',
  },
  scotland: {
    url: 'https://hcstraining.nhs.scot/careers/healthcare-science-week/',
    title: 'Healthcare Science Week',
    publisher: 'NHS Education for Scotland: healthcare science training',
  },
  ibms: {
    url: 'https://www.ibms.org/resource/get-ready-for-healthcare-science-week.html',
    title: 'Get ready for Healthcare Science Week',
    publisher: 'Institute of Biomedical Science',
  },
} as const

export const WAYS: WayToTakePart[] = [
  {
    id: 'stand',
    title: 'A stand in a public area or the hospital foyer',
    involves:
      'A table where patients, visitors and staff can stop and talk to scientists. Bring something safe to look at or try, a few printed handouts, and trainees who are happy to chat.',
    ask: 'Your head of healthcare science, and the trust’s communications team about space, posters and social media.',
    helps: [
      { to: presentPath(INTRO_DECK), label: 'Slides: “What is healthcare science?”, to run on a screen' },
      { to: groupingsPath(), label: 'The four groupings and their specialisms' },
      { to: hcsWeekPath('prompt-cards'), label: 'Prompt cards to start conversations' },
    ],
  },
  {
    id: 'school',
    title: 'A presentation in a school or college',
    involves:
      'A short talk about what healthcare scientists do and how to get in. Real examples from your own work matter most; leave time for questions.',
    ask: 'The school or college’s careers leader or head of science. Your trust’s education or widening participation team may already have contacts.',
    helps: [
      { to: worksheetPath(TALK_ACTIVITY), label: 'A 30-minute talk plan with an exit ticket to print' },
      { to: presentPath(), label: 'Slides for the classroom, with a presenter view' },
      { to: teachPath(), label: 'The teacher guide, to send to the school beforehand' },
      { to: pathwaysPath(), label: 'Pathways: the ways in, from GCSEs to degrees' },
    ],
  },
  {
    id: 'visit',
    title: 'Inviting students into a department',
    involves:
      'A tour of a lab, clinic or workshop, with a demonstration or hands-on task. Plan what students may see and touch, and keep groups small.',
    ask: 'Your department manager first, then the trust’s work experience or education team about safety, safeguarding and consent forms.',
    helps: [
      { to: hcsWeekPath('prompt-cards'), label: 'Prompt cards for students to ask you' },
      { to: presentPath(QUESTIONS_DECK), label: 'Slides: “The seven questions”, with answers' },
      { to: worksheetPath(JIGSAW_ACTIVITY), label: 'The seven questions jigsaw: a worksheet for a group' },
    ],
  },
  {
    id: 'video',
    title: 'A short “Day in the life” video',
    involves:
      'Trainees film themselves for 5 to 10 minutes, answering the seven questions below. Phone video is fine; say who you are and what you do.',
    ask: 'Your training officer, and the communications team about consent, filming in clinical areas and where the video will be shared.',
    helps: [
      { to: hcsWeekPath('prompt-cards'), label: 'The seven questions as cards' },
      { to: contributePath(), label: 'Add your answers (and video link) to this site' },
    ],
  },
]
