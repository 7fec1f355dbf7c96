/**
 * Checks a fact date against its precision and turns it into sortable keys. Pure.
 */
import { datePatterns, type FactDate } from "./schema";

/** A problem with a date, relative to the date object (e.g. field "value"). */
export interface DateProblem {
  field: "value" | "from" | "to" | "precision";
  message: string;
}

const precisionExamples = { day: '"2011-05-02"', month: '"2011-05"', year: '"2011"', decade: '"1980s"' } as const;

/**
 * Returns every way `date` fails to match its precision: the wrong format,
 * impossible calendar dates, bounds on a non-range, or a range whose start is
 * after its end.
 */
export function checkFactDate(date: FactDate): DateProblem[] {
  const problems: DateProblem[] = [];
  if (date.precision === "range") {
    if (date.value !== undefined) {
      problems.push({ field: "value", message: 'a range takes "from" and "to", not "value"' });
    }
    for (const field of ["from", "to"] as const) {
      const bound = date[field];
      if (bound === undefined) {
        problems.push({ field, message: `a range needs "${field}" (a day, month or year)` });
      } else if (!isBound(bound)) {
        problems.push({
          field,
          message: `range "${field}" "${bound}" is not a day ("2011-05-02"), month ("2011-05") or year ("2011")`,
        });
      } else if (!isRealDate(bound)) {
        problems.push({ field, message: `range "${field}" "${bound}" is not a real calendar date` });
      }
    }
    if (
      problems.length === 0 &&
      date.from !== undefined &&
      date.to !== undefined &&
      startKey(date.from) > endKey(date.to)
    ) {
      problems.push({ field: "from", message: `range starts ("from" "${date.from}") after it ends ("to" "${date.to}")` });
    }
    return problems;
  }

  const precision = date.precision;
  for (const field of ["from", "to"] as const) {
    if (date[field] !== undefined) {
      problems.push({ field, message: `"${field}" belongs to range dates; precision ${precision} takes only "value"` });
    }
  }
  if (date.value === undefined) {
    problems.push({ field: "value", message: `precision ${precision} needs a "value" like ${precisionExamples[precision]}` });
  } else if (!datePatterns[precision].test(date.value)) {
    problems.push({
      field: "value",
      message: `date "${date.value}" does not match precision ${precision} (expected a value like ${precisionExamples[precision]})`,
    });
  } else if (precision !== "decade" && !isRealDate(date.value)) {
    problems.push({ field: "value", message: `date "${date.value}" is not a real calendar date` });
  }
  return problems;
}

/**
 * A string that sorts dates chronologically by their earliest possible day
 * ("YYYY-MM-DD"). Call only on dates that passed `checkFactDate`.
 */
export function sortableStart(date: FactDate): string {
  const value = date.precision === "range" ? date.from : date.value;
  return value === undefined ? "" : startKey(value);
}

function isBound(value: string): boolean {
  return datePatterns.day.test(value) || datePatterns.month.test(value) || datePatterns.year.test(value);
}

function isRealDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  if (year === undefined || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function startKey(value: string): string {
  if (datePatterns.decade.test(value)) return `${value.slice(0, 4)}-01-01`;
  const [year, month = "01", day = "01"] = value.split("-");
  return `${year}-${month}-${day}`;
}

function endKey(value: string): string {
  const [year, month, day] = value.split("-");
  if (month === undefined) return `${year}-12-31`;
  if (day === undefined) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, "0")}`;
  return value;
}
