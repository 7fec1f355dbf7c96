/** One setting: a value in words, or several (module titles, which hold commas of their own) listed one per line. */
export interface SettingsRow {
  label: string;
  value: string | readonly string[];
}

/** A read-only list of an assignment's settings: label and value pairs, stacked on phones. */
export function SettingsList({ rows }: { rows: SettingsRow[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="-mt-2 text-muted sm:mt-0">
            {typeof row.value === "string" ? (
              row.value
            ) : row.value.length <= 1 ? (
              (row.value[0] ?? "—")
            ) : (
              <ul className="flex list-disc flex-col gap-1 pl-5">
                {row.value.map((entry) => (
                  <li key={entry}>{entry}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
