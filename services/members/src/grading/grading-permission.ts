/** Officers who run grading (propose, decide, open and close campaigns) hold this permission. */
export const GRADE_PERMISSION = 'members:grade';
