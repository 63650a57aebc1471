const NUMBER_WORDS = [
  'zero one two three four five six seven eight nine ten',
  'eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
]
  .join(' ')
  .split(' ');

/** The English word for a number written in a short form: "7" -> "seven" (G7, the Group of Seven); else null. */
export function numberWord(digits: string): string | null {
  const value = Number(digits);
  return digits.length <= 2 ? (NUMBER_WORDS[value] ?? null) : null;
}
