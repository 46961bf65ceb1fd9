/**
 * A count of the matcher's elementary steps (lines visited, characters
 * compared). Tests use it to show that work grows linearly with the input,
 * which a timing assertion could only show flakily.
 */
export const work = { steps: 0 };

export function resetWork(): void {
  work.steps = 0;
}
