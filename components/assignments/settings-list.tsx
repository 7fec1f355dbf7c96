/** A read-only list of an assignment's settings: label and value pairs, stacked on phones. */
export function SettingsList({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="-mt-2 text-muted sm:mt-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
