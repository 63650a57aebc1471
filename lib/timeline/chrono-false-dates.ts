/** Names that contain a day of the week without being one: "Bloody Sunday", "the Mail on Sunday". */
const NAME_BEFORE_DAY =
  /\b(?:Black|Good|Bloody|Super|Ash|Easter|Palm|Holy|Maundy|Cyber|Shrove|Whit|Giving|Mail on)\s+$/;
const NAME_AFTER_DAY =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Observer|Star|Tribune|People|Sport|Night Live)\b/;

/** A month name alone is a date only after words like these ("in January"), not in "the March on Rome". */
const BEFORE_MONTH =
  /\b(?:in|since|by|until|till|from|during|before|after|of|on|early|late|mid-?|last|this|next|between|and|or|to|through|throughout|around)\s*$/i;

/** Whether a day name chrono found, between `before` and `after` in its sentence, belongs to a name. */
export function isDayInAName(before: string, after: string): boolean {
  return NAME_BEFORE_DAY.test(before) || NAME_AFTER_DAY.test(after);
}

/** Whether a month name chrono found alone, after `before` in its sentence, is used as a date. */
export function isMonthUsedAsDate(before: string): boolean {
  return BEFORE_MONTH.test(before);
}
