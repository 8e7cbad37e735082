// A labelled choice of year (`2025年`), as the 考评 page, the station summary and the city's
// comparison offer it.

/** A select of years with its label; the label is the element's accessible name. */
export function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <div class="toolbar-field">
      <label for={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}年
          </option>
        ))}
      </select>
    </div>
  );
}
