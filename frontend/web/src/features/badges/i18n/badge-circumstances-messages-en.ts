import type { BadgeCircumstancesMessages } from './use-badge-circumstances-messages';

/** The member profile's badge card, English. */
export const badgeCircumstancesMessagesEn: BadgeCircumstancesMessages = {
  tab: 'Party badge',
  title: 'Badge award – special circumstances',
  intro: 'A warning or removal from post delays the Party badge; a seriously ill member may receive it early.',
  disciplinesTitle: 'Discipline',
  noDisciplines: 'No discipline decision recorded.',
  columns: { form: 'Form', decidedOn: 'Decided on', decisionRef: 'Decision no.', effect: 'Effect on the badge' },
  forms: { 'khien-trach': 'Reprimand', 'canh-cao': 'Warning', 'cach-chuc': 'Removal from post' },
  delayed: 'Delayed {months} months: not given before {date}',
  notDelayed: 'No delay',
  illnessTitle: 'Serious illness (early award)',
  illnessNone: 'None recorded.',
  illnessSince: 'Since {date}',
  earlyBands: 'May be given early: up to {bands}.',
  earlyBand: '{months} months before the milestone ({from}–{to} years)',
  source: 'Source: {source}',
  actions: {
    discipline: 'Record a discipline decision',
    setIllness: 'Record a serious illness',
    editIllness: 'Edit the serious illness',
    clearIllness: 'Remove the serious illness',
  },
  clearConfirm: 'Remove the serious illness of {name}? The badge will no longer be given early.',
  fields: { form: 'Form of discipline', decidedOn: 'Date of the decision', decisionRef: 'Decision number', since: 'Seriously ill since', note: 'Note (medical record)' },
  preview: {
    delayed: 'The Party badge is delayed {months} months: not given before {date}.',
    delayedNoDate: 'The Party badge is delayed {months} months from the decision.',
    notDelayed: 'A reprimand does not delay the Party badge.',
    choose: 'Choose the form and the date to see the effect on the Party badge.',
  },
  expulsionNote: 'An expulsion is recorded on the "Dates and actions" tab (it ends membership).',
  required: 'Required',
  save: 'Record',
  done: { discipline: 'Discipline decision recorded.', setIllness: 'Serious illness recorded.', clearIllness: 'Serious illness removed.' },
};
